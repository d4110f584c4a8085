//! The names C's standard headers take, which a C program cannot give its own function: the
//! driver includes the headers LeetCode's C includes (ctype, errno, limits, math, stdarg,
//! stdbool, stddef, stdint, stdio, stdlib, string), so a problem whose function is called
//! `abs` or `index` cannot be offered in C. Made from glibc 2.36 with `gcc -std=gnu17 -E` (every
//! declared function) and `-dM` (the lower-case macros); names starting with `_` are absent,
//! as signatures cannot use them.

/// Functions and function-like macros: no function or design method may take these names.
pub const FUNCTIONS: &str = "\
    a64l abort abs acos acosf acosh acoshf acoshl acosl aligned_alloc alloca arc4random \
    arc4random_buf arc4random_uniform asin asinf asinh asinhf asinhl asinl at_quick_exit atan \
    atan2 atan2f atan2l atanf atanh atanhf atanhl atanl atexit atof atoi atol atoll bcmp bcopy \
    be16toh be32toh be64toh bsearch bzero calloc cbrt cbrtf cbrtl ceil ceilf ceill clearenv \
    clearerr clearerr_unlocked copysign copysignf copysignl cos cosf cosh coshf coshl cosl \
    ctermid div dprintf drand48 drand48_r drem dremf dreml ecvt ecvt_r erand48 erand48_r erf \
    erfc erfcf erfcl erff erfl exit exp exp2 exp2f exp2l expf expl explicit_bzero expm1 expm1f \
    expm1l fabs fabsf fabsl fclose fcvt fcvt_r fdim fdimf fdiml fdopen feof feof_unlocked \
    ferror ferror_unlocked fflush fflush_unlocked ffs ffsl ffsll fgetc fgetc_unlocked fgetpos \
    fgets fileno fileno_unlocked finite finitef finitel flockfile floor floorf floorl fma fmaf \
    fmal fmax fmaxf fmaxl fmemopen fmin fminf fminl fmod fmodf fmodl fopen fpclassify fprintf \
    fputc fputc_unlocked fputs fread fread_unlocked free freopen frexp frexpf frexpl fscanf \
    fseek fseeko fsetpos ftell ftello ftrylockfile funlockfile fwrite fwrite_unlocked gamma \
    gammaf gammal gcvt getc getc_unlocked getchar getchar_unlocked getdelim getenv getline \
    getloadavg getsubopt getw htobe16 htobe32 htobe64 htole16 htole32 htole64 hypot hypotf \
    hypotl ilogb ilogbf ilogbl index initstate initstate_r isalnum isalnum_l isalpha isalpha_l \
    isascii isascii_l isblank isblank_l iscntrl iscntrl_l isdigit isdigit_l isfinite isgraph \
    isgraph_l isgreater isgreaterequal isinf isinff isinfl isless islessequal islessgreater \
    islower islower_l isnan isnanf isnanl isnormal isprint isprint_l ispunct ispunct_l isspace \
    isspace_l isunordered isupper isupper_l isxdigit isxdigit_l j0 j0f j0l j1 j1f j1l jn jnf \
    jnl jrand48 jrand48_r l64a labs lcong48 lcong48_r ldexp ldexpf ldexpl ldiv le16toh le32toh \
    le64toh lgamma lgamma_r lgammaf lgammaf_r lgammal lgammal_r llabs lldiv llrint llrintf \
    llrintl llround llroundf llroundl log log10 log10f log10l log1p log1pf log1pl log2 log2f \
    log2l logb logbf logbl logf logl lrand48 lrand48_r lrint lrintf lrintl lround lroundf \
    lroundl malloc mblen mbstowcs mbtowc memccpy memchr memcmp memcpy memmove memset mkdtemp \
    mkstemp mkstemps mktemp modf modff modfl mrand48 mrand48_r nan nanf nanl nearbyint \
    nearbyintf nearbyintl nextafter nextafterf nextafterl nexttoward nexttowardf nexttowardl \
    nrand48 nrand48_r offsetof on_exit open_memstream pclose perror popen posix_memalign pow \
    powf powl printf pselect putc putc_unlocked putchar putchar_unlocked putenv puts putw \
    qecvt qecvt_r qfcvt qfcvt_r qgcvt qsort quick_exit rand rand_r random random_r realloc \
    reallocarray realpath remainder remainderf remainderl remove remquo remquof remquol rename \
    renameat rewind rindex rint rintf rintl round roundf roundl rpmatch scalb scalbf scalbl \
    scalbln scalblnf scalblnl scalbn scalbnf scalbnl scanf seed48 seed48_r select setbuf \
    setbuffer setenv setlinebuf setstate setstate_r setvbuf signbit significand significandf \
    significandl sin sinf sinh sinhf sinhl sinl snprintf sprintf sqrt sqrtf sqrtl srand \
    srand48 srand48_r srandom srandom_r sscanf stpcpy stpncpy strcasecmp strcasecmp_l strcat \
    strchr strcmp strcoll strcoll_l strcpy strcspn strdup strerror strerror_l strerror_r \
    strlen strncasecmp strncasecmp_l strncat strncmp strncpy strndup strnlen strpbrk strrchr \
    strsep strsignal strspn strstr strtod strtof strtok strtok_r strtol strtold strtoll strtoq \
    strtoul strtoull strtouq strxfrm strxfrm_l system tan tanf tanh tanhf tanhl tanl tempnam \
    tgamma tgammaf tgammal tmpfile tmpnam tmpnam_r toascii toascii_l tolower tolower_l toupper \
    toupper_l trunc truncf truncl ungetc unsetenv va_arg va_copy va_end va_start valloc \
    vdprintf vfprintf vfscanf vprintf vscanf vsnprintf vsprintf vsscanf wcstombs wctomb y0 y0f \
    y0l y1 y1f y1l yn ynf ynl";

/// Object-like macros: no name at all (a parameter included) may be one of these; `linux` and
/// `unix` are predefined in the GNU dialect the judge compiles with.
pub const MACROS: &str = "bool true false errno stdin stdout stderr linux unix math_errhandling";

/// Whether `name` is one of the space-separated `words`.
pub fn contains(words: &str, name: &str) -> bool {
    words.split_whitespace().any(|w| w == name)
}
