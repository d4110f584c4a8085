// V8's old-space ceiling sits above the limit: the cgroup's OOM killer ends this, not V8.
const blocks = [];
for (;;) blocks.push(new Array(1 << 16).fill(1.5));
