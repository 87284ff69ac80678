package app.village.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Binders for the records that services take, so forms and services share one set of constraints. */
public final class RecordBinders {

    private RecordBinders() {
    }

    /**
     * Like {@link BeanValidationBinder}, but a field is also marked required when it is {@code @NotBlank}
     * or carries a composed constraint built on {@code @NotNull} (such as a password rule).
     */
    public static <R extends Record> BeanValidationBinder<R> forRecord(Class<R> type) {
        var binder = new BeanValidationBinder<>(type);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, getter) -> annotation.annotationType() == NotBlank.class
                        || annotation.annotationType().isAnnotationPresent(NotNull.class)));
        return binder;
    }
}
