// π taken as 3.14: a relative error of about 5·10^-4, far above the 10^-6 allowed.
#include <cstdio>

int main() {
    double r;
    std::scanf("%lf", &r);
    std::printf("%.10f\n", 3.14 * r * r);
    return 0;
}
