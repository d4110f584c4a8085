// The compile box holds no passwd-format file for an #include to echo into the compile log:
// each of these is missing or empty (else this is a Compile Error quoting it).
#include <cstdio>
#if __has_include("/etc/passwd")
#include "/etc/passwd"
#endif
#if __has_include("/etc/passwd-")
#include "/etc/passwd-"
#endif
#if __has_include("/etc/group")
#include "/etc/group"
#endif
#if __has_include("/usr/share/base-passwd/passwd.master")
#include "/usr/share/base-passwd/passwd.master"
#endif
#if __has_include("/usr/share/base-passwd/group.master")
#include "/usr/share/base-passwd/group.master"
#endif
#if __has_include("/var/lib/dpkg/info/base-passwd.preinst")
#include "/var/lib/dpkg/info/base-passwd.preinst"
#endif
int main() { puts("compiled"); }
