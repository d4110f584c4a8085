class RunLengthIterator {
    vector<long long> left;
    vector<int> values;
    size_t i = 0;

public:
    RunLengthIterator(vector<int>& encoding) {
        for (size_t k = 0; k < encoding.size(); k += 2) {
            left.push_back(encoding[k]);
            values.push_back(encoding[k + 1]);
        }
    }

    int take(int n) {
        long long need = n;
        while (i < left.size() && left[i] < need) {
            need -= left[i];
            i++;
        }
        if (i == left.size()) return -1;
        left[i] -= need;
        return values[i];
    }
};
