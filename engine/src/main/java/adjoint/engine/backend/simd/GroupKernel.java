package adjoint.engine.backend.simd;

import adjoint.engine.DType;
import adjoint.engine.backend.BinaryOp;
import adjoint.engine.backend.UnaryOp;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loop that evaluates a run of simple elementwise steps (arithmetic, negation, absolute value, square root, sign,
 * maximum) with every intermediate value in a vector register, generated as bytecode once per run of steps and
 * compiled by the JIT like hand-written Vector API code. An elementwise program interpreted one step at a time passes
 * over memory once per step (a load and a store of every element); here a run of steps costs one load of each value
 * it reads and one store of each it must keep. Steps that call a library routine (log, exp, tanh, ...) are not
 * generated: around such a call every register is spilled, so they run as loops of their own
 * ({@link DoubleLoops}, {@link FloatLoops}). Each generated operation is the Vector API operation the one-step loops
 * use, so the results are the same bit for bit.
 *
 * <p>The loop reads and writes <em>externals</em>: {@code arrays[e]} from index {@code offsets[e]}, or one value
 * broadcast to every lane. It covers {@code n} elements, a multiple of the vector length.
 */
interface GroupKernel {
    void run(Object[] arrays, int[] offsets, int n);

    /**
     * One step: {@code op} (a {@link UnaryOp} or {@link BinaryOp}) of operands, each an earlier step of the run or an
     * external ({@link #external}); a unary step's {@code b} is 0 and unused.
     */
    record Op(Enum<?> op, int a, int b) {
        /** An operand that is external {@code e}. */
        static int external(int e) {
            return -1 - e;
        }
    }

    /**
     * What a kernel computes: its externals (broadcast or not), its steps, and which step goes to which external;
     * equal descriptions share one generated class.
     */
    record Description(DType dtype, List<Boolean> broadcast, List<Op> ops, Map<Integer, Integer> writes) {
    }

    /** Whether a step can be part of a generated run (it needs no call to a library routine). */
    static boolean isSimple(Enum<?> op) {
        return switch (op) {
            case UnaryOp u -> u == UnaryOp.NEG || u == UnaryOp.ABS || u == UnaryOp.SQRT || u == UnaryOp.SIGN;
            case BinaryOp b -> b == BinaryOp.ADD || b == BinaryOp.SUB || b == BinaryOp.MUL || b == BinaryOp.DIV
                    || b == BinaryOp.MAXIMUM;
            default -> false;
        };
    }

    /** The kernel for a description, generated on first use. */
    static GroupKernel of(Description d) {
        if (Generator.CACHE.size() > Generator.LIMIT) {
            Generator.CACHE.clear(); // programs come and go as graphs are edited; unused kernels can then be unloaded
        }
        return Generator.CACHE.computeIfAbsent(d, Generator::generate);
    }

    /** Writes and defines the kernels' classes. */
    final class Generator {
        private static final int LIMIT = 512;
        private static final Map<Description, GroupKernel> CACHE = new ConcurrentHashMap<>();
        private static final ClassDesc VECTOR = ClassDesc.of("jdk.incubator.vector.Vector");
        private static final ClassDesc SPECIES = ClassDesc.of("jdk.incubator.vector.VectorSpecies");
        private static final ClassDesc KERNEL = ClassDesc.of(GroupKernel.class.getName());
        private static final MethodTypeDesc RUN = MethodTypeDesc.of(ConstantDescs.CD_void,
                ConstantDescs.CD_Object.arrayType(), ConstantDescs.CD_int.arrayType(), ConstantDescs.CD_int);

        private Generator() {
        }

        private static GroupKernel generate(Description d) {
            boolean f64 = d.dtype() == DType.FLOAT64;
            ClassDesc vec = ClassDesc.of(f64 ? "jdk.incubator.vector.DoubleVector" : "jdk.incubator.vector.FloatVector");
            ClassDesc element = f64 ? ConstantDescs.CD_double : ConstantDescs.CD_float;
            ClassDesc array = element.arrayType();
            ClassDesc loops = ClassDesc.of((f64 ? DoubleLoops.class : FloatLoops.class).getName());
            int lanes = f64 ? DoubleLoops.S.length() : FloatLoops.S.length();
            ClassDesc self = ClassDesc.of(GroupKernel.class.getPackageName() + ".GeneratedGroup");
            ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                    .orElse(ClassHierarchyResolver.ofClassLoading(GroupKernel.class.getClassLoader()))));
            byte[] bytes = cf.build(self, cb -> {
                cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                cb.withInterfaceSymbols(KERNEL);
                cb.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, code -> {
                    code.aload(0);
                    code.invokespecial(ConstantDescs.CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void);
                    code.return_();
                });
                cb.withMethodBody("run", RUN, ClassFile.ACC_PUBLIC, code ->
                        body(code, d, vec, element, array, loops, lanes));
            });
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
                return (GroupKernel) lookup.findConstructor(lookup.lookupClass(),
                        java.lang.invoke.MethodType.methodType(void.class)).invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("could not define a generated elementwise kernel", e);
            }
        }

        /**
         * {@code run(arrays, offsets, n)}: each external's array and offset (or broadcast vector) into locals, then
         * {@code for (i = 0; i < n; i += lanes)}: load the externals read, compute each step into a local, store the
         * steps written.
         */
        private static void body(CodeBuilder code, Description d, ClassDesc vec, ClassDesc element, ClassDesc array,
                                 ClassDesc loops, int lanes) {
            int externals = d.broadcast().size();
            int[] arrayLocal = new int[externals];
            int[] offsetLocal = new int[externals];
            int[] valueLocal = new int[externals];
            for (int e = 0; e < externals; e++) {
                arrayLocal[e] = code.allocateLocal(TypeKind.REFERENCE);
                offsetLocal[e] = code.allocateLocal(TypeKind.INT);
                valueLocal[e] = code.allocateLocal(TypeKind.REFERENCE);
                code.aload(1).loadConstant(e).aaload().checkcast(array).astore(arrayLocal[e]);
                code.aload(2).loadConstant(e).iaload().istore(offsetLocal[e]);
                if (d.broadcast().get(e)) {
                    code.getstatic(loops, "S", SPECIES);
                    code.aload(arrayLocal[e]).iload(offsetLocal[e]);
                    code.arrayLoad(TypeKind.from(element));
                    code.invokestatic(vec, "broadcast", MethodTypeDesc.of(vec, SPECIES, element));
                    code.astore(valueLocal[e]);
                }
            }
            int[] opLocal = new int[d.ops().size()];
            for (int k = 0; k < opLocal.length; k++) {
                opLocal[k] = code.allocateLocal(TypeKind.REFERENCE);
            }
            int i = code.allocateLocal(TypeKind.INT);
            code.iconst_0().istore(i);
            var test = code.newLabel();
            var end = code.newLabel();
            code.labelBinding(test);
            code.iload(i).iload(3).if_icmpge(end);
            boolean[] read = new boolean[externals];
            for (Op op : d.ops()) {
                for (int operand : new int[] {op.a(), op.b()}) {
                    if (operand < 0) {
                        read[-1 - operand] = true;
                    }
                }
            }
            for (int e = 0; e < externals; e++) {
                if (read[e] && !d.broadcast().get(e)) {
                    code.getstatic(loops, "S", SPECIES);
                    code.aload(arrayLocal[e]).iload(offsetLocal[e]).iload(i).iadd();
                    code.invokestatic(vec, "fromArray", MethodTypeDesc.of(vec, SPECIES, array, ConstantDescs.CD_int));
                    code.astore(valueLocal[e]);
                }
            }
            for (int k = 0; k < opLocal.length; k++) {
                Op op = d.ops().get(k);
                load(code, op.a(), opLocal, valueLocal);
                switch (op.op()) {
                    case UnaryOp u when u == UnaryOp.SIGN ->
                            code.invokestatic(loops, "sign", MethodTypeDesc.of(vec, vec));
                    case UnaryOp u -> code.invokevirtual(vec, switch (u) {
                        case NEG -> "neg";
                        case ABS -> "abs";
                        case SQRT -> "sqrt";
                        default -> throw new IllegalArgumentException(u.toString());
                    }, MethodTypeDesc.of(vec));
                    case BinaryOp b -> {
                        load(code, op.b(), opLocal, valueLocal);
                        code.invokevirtual(vec, switch (b) {
                            case ADD -> "add";
                            case SUB -> "sub";
                            case MUL -> "mul";
                            case DIV -> "div";
                            case MAXIMUM -> "max";
                            default -> throw new IllegalArgumentException(b.toString());
                        }, MethodTypeDesc.of(vec, VECTOR));
                    }
                    default -> throw new IllegalArgumentException(op.op().toString());
                }
                code.astore(opLocal[k]);
                Integer to = d.writes().get(k);
                if (to != null) {
                    code.aload(opLocal[k]).aload(arrayLocal[to]).iload(offsetLocal[to]).iload(i).iadd();
                    code.invokevirtual(vec, "intoArray", MethodTypeDesc.of(ConstantDescs.CD_void, array, ConstantDescs.CD_int));
                }
            }
            code.iinc(i, lanes);
            code.goto_(test);
            code.labelBinding(end);
            code.return_();
        }

        private static void load(CodeBuilder code, int operand, int[] opLocal, int[] valueLocal) {
            code.aload(operand >= 0 ? opLocal[operand] : valueLocal[-1 - operand]);
        }
    }
}
