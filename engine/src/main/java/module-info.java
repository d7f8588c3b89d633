/**
 * The Adjoint engine: tensors, autograd, nn, optim, data and the expression language. No JavaFX.
 */
module adjoint.engine {
    requires jdk.incubator.vector;
    requires java.management;
    // JOCL's jar has no module descriptor: its automatic module name comes from the file name jocl-2.0.6.jar.
    requires jocl;
    exports adjoint.engine;
    exports adjoint.engine.nn;
    exports adjoint.engine.optim;
    exports adjoint.engine.data;
    exports adjoint.engine.lang;
    exports adjoint.engine.bench;
    exports adjoint.engine.graph;
    exports adjoint.engine.symbolic;
    exports adjoint.engine.optimize;
}
