// An initialised 4 GB array: the object file cannot be written within the box's limits.
int a[1 << 30] = {1, 2, 3};
int main() { return a[1]; }
