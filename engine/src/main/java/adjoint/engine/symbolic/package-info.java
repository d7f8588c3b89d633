/**
 * Symbolic derivatives over an {@link adjoint.engine.graph.ExprGraph}, in the notation of a backprop exam: each
 * edge's local partial ∂w3/∂w2 = 3·w2², each node's adjoint as the chain-rule sum over its children and that sum
 * substituted and simplified (w̄2 = 1 − 12·w2² + 1/w2), vector-Jacobian products for tensor operations
 * (w̄ = Xᵀ ȳ), written in the expression language and as LaTeX ({@link adjoint.engine.symbolic.Derivatives},
 * {@link adjoint.engine.symbolic.Sym}); judging a student's answers ({@link adjoint.engine.symbolic.AnswerCheck});
 * and the finite-difference confirmation of the engine's gradient ({@link adjoint.engine.symbolic.FiniteDifference}).
 */
package adjoint.engine.symbolic;
