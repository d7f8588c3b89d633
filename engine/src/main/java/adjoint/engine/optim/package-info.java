/** Optimizers that update parameters from their gradients, with PyTorch's update rules. */
package adjoint.engine.optim;
