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
 */
@Component
class TaskListQuery {

    private final EntityManager entityManager;

    TaskListQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<CareTask> page(UUID spaceId, TaskFilter filter, int offset, int limit) {
        var query = build("select t from CareTask t", spaceId, filter, CareTaskRepository.SOONEST_FIRST,
                CareTask.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(UUID spaceId, TaskFilter filter) {
        return build("select count(t) from CareTask t", spaceId, filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> build(String select, UUID spaceId, TaskFilter filter, String order, Class<T> type) {
        var where = new ArrayList<String>();
        var values = new ArrayList<Object>();
        where.add("t.spaceId = ?" + add(values, spaceId));
        if (filter.category() != null) {
            where.add("t.category = ?" + add(values, filter.category()));
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
            where.add("t.dueDate >= ?" + add(values, filter.from()));
        }
        if (filter.to() != null) {
            where.add("t.dueDate <= ?" + add(values, filter.to()));
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
