#include <cmath>
#include <cstdio>

int main() {
    double r;
    std::scanf("%lf", &r);
    std::printf("%.10f\n", std::acos(-1.0) * r * r);
    return 0;
}
