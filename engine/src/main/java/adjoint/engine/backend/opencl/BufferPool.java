package adjoint.engine.backend.opencl;

import static org.jocl.CL.CL_MEM_OBJECT_ALLOCATION_FAILURE;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_OUT_OF_HOST_MEMORY;
import static org.jocl.CL.CL_OUT_OF_RESOURCES;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clReleaseMemObject;

import adjoint.engine.TensorException;
import java.lang.ref.PhantomReference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jocl.CLException;
import org.jocl.cl_context;
import org.jocl.cl_mem;

/**
 * Device buffers, recycled by size: when a storage becomes unreachable its buffer goes back to the pool (the
 * in-order queue guarantees that commands already enqueued on it finish before a later owner's). When the buffers
 * in use exceed the budget, a garbage collection finds the unreachable ones; when the device says it is out of
 * memory, the pool frees its spare buffers and tries once more before reporting it.
 */
final class BufferPool {
    private final cl_context context;
    private final long budget;
    private final String deviceName;
    private final ReferenceQueue<Object> unreachable = new ReferenceQueue<>();
    private final Set<Tracked> tracked = ConcurrentHashMap.newKeySet();
    private final Map<Long, ArrayDeque<cl_mem>> spare = new HashMap<>();
    private long liveBytes;
    private long spareBytes;

    private static final class Tracked extends PhantomReference<Object> {
        final cl_mem mem;
        final long bytes;

        Tracked(Object owner, cl_mem mem, long bytes, ReferenceQueue<Object> queue) {
            super(owner, queue);
            this.mem = mem;
            this.bytes = bytes;
        }
    }

    BufferPool(cl_context context, long budget, String deviceName) {
        this.context = context;
        this.budget = budget;
        this.deviceName = deviceName;
    }

    /** Bytes rounded up to the pool's granularity. */
    static long round(long bytes) {
        return Math.max(256, (bytes + 255) & ~255L);
    }

    /** A buffer of {@code bytes} (already rounded); {@link #track} names its owner. */
    synchronized cl_mem take(long bytes) {
        reclaim();
        ArrayDeque<cl_mem> free = spare.get(bytes);
        cl_mem mem = free == null ? null : free.poll();
        if (mem != null) {
            spareBytes -= bytes;
        } else {
            if (liveBytes + bytes > budget) {
                collect();
            }
            mem = create(bytes);
        }
        liveBytes += bytes;
        return mem;
    }

    /** Returns {@code mem} to the pool once {@code owner} becomes unreachable. */
    void track(Object owner, cl_mem mem, long bytes) {
        tracked.add(new Tracked(owner, mem, bytes, unreachable));
    }

    private cl_mem create(long bytes) {
        try {
            return clCreateBuffer(context, CL_MEM_READ_WRITE, bytes, null, null);
        } catch (CLException e) {
            if (!outOfMemory(e)) {
                throw e;
            }
            collect();
            releaseSpare();
            try {
                return clCreateBuffer(context, CL_MEM_READ_WRITE, bytes, null, null);
            } catch (CLException again) {
                throw outOfMemory(again) ? new TensorException("out of device memory on " + deviceName + " allocating "
                        + bytes + " bytes (" + liveBytes + " bytes in use)") : again;
            }
        }
    }

    static boolean outOfMemory(CLException e) {
        int s = e.getStatus();
        return s == CL_MEM_OBJECT_ALLOCATION_FAILURE || s == CL_OUT_OF_RESOURCES || s == CL_OUT_OF_HOST_MEMORY;
    }

    /** A full collection, then the buffers of storages it found unreachable back into the pool. */
    private void collect() {
        System.gc();
        for (int i = 0; i < 20 && liveBytes > budget / 2; i++) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reclaim();
        }
        reclaim();
    }

    private void reclaim() {
        for (Tracked t; (t = (Tracked) unreachable.poll()) != null; ) {
            tracked.remove(t);
            liveBytes -= t.bytes;
            if (spareBytes + t.bytes > budget / 2) {
                clReleaseMemObject(t.mem);
            } else {
                spare.computeIfAbsent(t.bytes, b -> new ArrayDeque<>()).push(t.mem);
                spareBytes += t.bytes;
            }
        }
    }

    private void releaseSpare() {
        spare.values().forEach(q -> q.forEach(org.jocl.CL::clReleaseMemObject));
        spare.clear();
        spareBytes = 0;
    }

    synchronized long liveBytes() {
        return liveBytes;
    }
}
