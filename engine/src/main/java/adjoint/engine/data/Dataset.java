package adjoint.engine.data;

/** Indexed samples, as {@code torch.utils.data.Dataset}. */
public interface Dataset<T> {
    int size();

    T get(int index);
}
