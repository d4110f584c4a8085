/* A C run may execute its own program once and nothing else: system(), fork+execv of a shell
   or of any binary of the view, the dynamic loader running a shell, itself again, or a copy of
   itself written to /tmp all fail. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int run(const char *path, char *const argv[]) {
    pid_t pid = fork();
    if (pid == 0) {
        execv(path, argv);
        _exit(99);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv) {
    if (argc > 1) return 7; /* a second start of this program */
    int escaped = 0;
    escaped += run("/bin/sh", (char *const[]){"sh", "-c", "exit 7", NULL}) == 7;
    escaped += run("/usr/bin/env", (char *const[]){"env", "sh", "-c", "exit 7", NULL}) == 7;
    escaped += run("/lib64/ld-linux-x86-64.so.2",
                   (char *const[]){"ld.so", "/bin/sh", "-c", "exit 7", NULL}) == 7;
    escaped += run("/box/main", (char *const[]){"main", "again", NULL}) == 7;
    FILE *in = fopen("/box/main", "rb"), *out = fopen("/tmp/copy", "wb");
    if (in && out) {
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    }
    if (in) fclose(in);
    if (out) fclose(out);
    chmod("/tmp/copy", 0755);
    escaped += run("/tmp/copy", (char *const[]){"copy", "again", NULL}) == 7;
    int s = system("exit 7");
    escaped += s != -1 && WIFEXITED(s) && WEXITSTATUS(s) == 7;
    execl("/bin/sh", "sh", "-c", "echo escaped", (char *)NULL);
    puts(escaped ? "escaped" : "refused");
    return 0;
}
