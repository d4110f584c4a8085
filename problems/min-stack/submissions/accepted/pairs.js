var MinStack = function() {
    this.items = [];
};
MinStack.prototype.push = function(val) {
    const low = this.items.length ? Math.min(val, this.items[this.items.length - 1][1]) : val;
    this.items.push([val, low]);
};
MinStack.prototype.pop = function() { this.items.pop(); };
MinStack.prototype.top = function() { return this.items[this.items.length - 1][0]; };
MinStack.prototype.getMin = function() { return this.items[this.items.length - 1][1]; };
