package app.village.caretask;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The filtered, paged task list, as one query per page. Only the conditions the filter sets are in the
 * query, so the (space, due date) index carries the usual "from today" list however long the history is.
 * A repeating task's open days are one row (its next open day); see docs/decisions/task-list-by-day.md.
 */
@Component
class TaskListQuery {

    private final EntityManager entityManager;

    TaskListQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code repeatingOnce}: a repeating task's open days are one row, its first open day the filter matches. */
    List<CareTask> page(UUID spaceId, TaskFilter filter, boolean repeatingOnce, int offset, int limit) {
        var query = build("select t from CareTask t", spaceId, filter, repeatingOnce, CareTaskRepository.SOONEST_FIRST,
                CareTask.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(UUID spaceId, TaskFilter filter, boolean repeatingOnce) {
        return build("select count(t) from CareTask t", spaceId, filter, repeatingOnce, "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> build(String select, UUID spaceId, TaskFilter filter, boolean repeatingOnce,
            String order, Class<T> type) {
        var where = new ArrayList<String>();
        var values = new ArrayList<Object>();
        where.add("t.spaceId = ?" + add(values, spaceId));
        // A repeating task's open days show once, at the first one the filter matches, so a daily task does
        // not fill the page; days someone took on or did keep their own rows, so who did what stays listed.
        var firstOpenDay = new StringBuilder("select min(o.dueDate) from CareTask o where o.seriesId = t.seriesId"
                + " and o.assigneeId is null and o.doneAt is null");
        if (filter.category() != null) {
            var category = add(values, filter.category());
            where.add("t.category = ?" + category);
            firstOpenDay.append(" and o.category = ?").append(category);
        }
        if (filter.person() != null) {
            var person = add(values, filter.person());
            where.add("(t.assigneeId = ?" + person + " or t.doneBy = ?" + person + ")");
        }
        if (filter.status() != null) {
            where.add(switch (filter.status()) {
                case OPEN -> "t.assigneeId is null and t.doneAt is null";
                case CLAIMED -> "t.assigneeId is not null and t.doneAt is null";
                case DONE -> "t.doneAt is not null";
            });
        }
        if (filter.from() != null) {
            var from = add(values, filter.from());
            where.add("t.dueDate >= ?" + from);
            firstOpenDay.append(" and o.dueDate >= ?").append(from);
        }
        if (filter.to() != null) {
            var to = add(values, filter.to());
            where.add("t.dueDate <= ?" + to);
            firstOpenDay.append(" and o.dueDate <= ?").append(to);
        }
        if (repeatingOnce) {
            where.add("(t.seriesId is null or t.assigneeId is not null or t.doneAt is not null or t.dueDate = ("
                    + firstOpenDay + "))");
        }
        var query = entityManager.createQuery(select + " where " + String.join(" and ", where) + order, type);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static int add(List<Object> values, Object value) {
        values.add(value);
        return values.size();
    }
}
