// Each entry keeps its value and the minimum of the stack up to it.
typedef struct {
    int* values;
    int* minimums;
    int size, capacity;
} MinStack;

MinStack* minStackCreate() {
    return calloc(1, sizeof(MinStack));
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->capacity) {
        obj->capacity = obj->capacity ? 2 * obj->capacity : 16;
        obj->values = realloc(obj->values, obj->capacity * sizeof(int));
        obj->minimums = realloc(obj->minimums, obj->capacity * sizeof(int));
    }
    int below = obj->size ? obj->minimums[obj->size - 1] : val;
    obj->values[obj->size] = val;
    obj->minimums[obj->size++] = val < below ? val : below;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->values[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->minimums[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->values);
    free(obj->minimums);
    free(obj);
}
