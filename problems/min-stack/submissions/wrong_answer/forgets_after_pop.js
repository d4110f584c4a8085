// One running minimum for the whole stack: popping the smallest value leaves it stale.
class MinStack {
    constructor() {
        this.items = [];
        this.low = Infinity;
    }
    push(val) {
        this.items.push(val);
        this.low = Math.min(this.low, val);
    }
    pop() {
        this.items.pop();
    }
    top() {
        return this.items[this.items.length - 1];
    }
    getMin() {
        return this.low;
    }
}
