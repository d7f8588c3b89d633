package adjoint.engine.backend.opencl;

import adjoint.engine.backend.ReduceOp;
import adjoint.engine.backend.View;

/**
 * SUM and MAX on the device. Many outputs each over few elements: one work-item per output. Few outputs over many
 * elements: a work-group per output (or per chunk of one, partial results reduced in a second pass), so that an
 * all-dimensions sum uses the whole device.
 */
final class OpenClReductions {
    private OpenClReductions() {
    }

    /** Reduces the device view x into out; false if the layout needs the host path. */
    static boolean reduce(OpenClBackend b, ReduceOp op, View x, View out) {
        int[] lay = Layout.reduction(x, out);
        if (lay == null) {
            return false;
        }
        int nOut = out.numel();
        int nRed = nOut == 0 ? 0 : x.numel() / nOut;
        String t = Kernels.suffix(x.dtype());
        OpenClStorage xs = (OpenClStorage) x.storage();
        if (nOut == 0) {
            return true;
        }
        if (nRed < 256 || nOut >= 16384) {
            b.elementwise("reduce_" + t, nOut, op.ordinal(), lay, xs.mem, b.out(out));
            return true;
        }
        long target = Math.max(1, b.cl.computeUnits * 4L);
        int chunks = (int) Math.max(1, Math.min((target + nOut - 1) / nOut, nRed / (4L * OpenClBackend.GROUP)));
        if (chunks > 1 && !out.isContiguous()) {
            chunks = 1;
        }
        long groups = (long) nOut * chunks;
        int g = OpenClBackend.GROUP;
        if (chunks == 1) {
            b.run("reduce_wide_" + t, () -> b.cl.launch("reduce_wide_" + t, new long[] {groups * g}, new long[] {g},
                    op.ordinal(), lay, xs.mem, b.out(out), 1));
            return true;
        }
        View partial = View.of(b.allocate(x.dtype(), nOut * chunks), new int[] {nOut, chunks});
        int c = chunks;
        b.run("reduce_wide_" + t, () -> b.cl.launch("reduce_wide_" + t, new long[] {groups * g}, new long[] {g},
                op.ordinal(), lay, xs.mem, b.out(partial), c));
        b.elementwise("reduce_" + t, nOut, op.ordinal(), Layout.partials(nOut, chunks, out),
                ((OpenClStorage) partial.storage()).mem, b.out(out));
        return true;
    }
}
