/**
 * Optimisation on graphs and on points, for the landscape and SVM views and the {@code descend} and {@code svm}
 * commands; no UI code, every long computation steps so a worker thread can report progress and stop.
 *
 * <ul>
 *   <li>{@link adjoint.engine.optimize.Objective}: a graph's output as a function of some leaves.
 *       {@link adjoint.engine.optimize.Landscape} samples it on whole grids in one batched pass
 *       ({@link adjoint.engine.optimize.Surface}, {@link adjoint.engine.optimize.Curve}),
 *       {@link adjoint.engine.optimize.Contours} traces its level lines.</li>
 *   <li>{@link adjoint.engine.optimize.Descent} steps an engine optimizer
 *       ({@link adjoint.engine.optimize.Settings}, {@link adjoint.engine.optimize.Algorithm}) down it, one
 *       {@link adjoint.engine.optimize.PathPoint} at a time; {@link adjoint.engine.optimize.Race} runs several.</li>
 *   <li>{@link adjoint.engine.optimize.PointSet} of {@link adjoint.engine.optimize.LabeledPoint}s
 *       ({@link adjoint.engine.optimize.Datasets}, {@link adjoint.engine.optimize.PointsCsv}) are classified by a
 *       {@link adjoint.engine.optimize.LinearModel}: exactly by {@link adjoint.engine.optimize.SvmDual}, step by step by
 *       {@link adjoint.engine.optimize.SvmTrainer} and {@link adjoint.engine.optimize.LogisticTrainer}.</li>
 * </ul>
 */
package adjoint.engine.optimize;
