// Never answers: it must exceed even the computed limit times time_safety_margin.
int main() {
    volatile unsigned long long n = 0;
    for (;;) n = n + 1;
}
