/** Datasets, samplers and a seeded data loader, as {@code torch.utils.data}. */
package adjoint.engine.data;
