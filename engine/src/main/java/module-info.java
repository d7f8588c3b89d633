/**
 * The Adjoint engine: tensors, autograd, nn, optim, data and the expression language. No JavaFX.
 */
module adjoint.engine {
    requires jdk.incubator.vector;
    exports adjoint.engine;
    exports adjoint.engine.nn;
    exports adjoint.engine.optim;
    exports adjoint.engine.data;
    exports adjoint.engine.lang;
    exports adjoint.engine.graph;
}
