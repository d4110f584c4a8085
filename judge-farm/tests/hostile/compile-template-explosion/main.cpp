// 2^40 distinct instantiations: the compiler runs out of time or memory, not the judge.
template <int N, unsigned long long M> struct Boom {
    static constexpr unsigned long long value = Boom<N - 1, 2 * M>::value + Boom<N - 1, 2 * M + 1>::value;
};
template <unsigned long long M> struct Boom<0, M> { static constexpr unsigned long long value = M; };
int main() { return (int)Boom<40, 1>::value; }
