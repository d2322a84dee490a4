/*
 * Test-only fault hook for MigrationCrashTest, loaded with LD_PRELOAD into a child JVM: counts the
 * calls that change files under PD_KILL_DIR (write, pwrite, ftruncate, rename, unlink) and sends
 * the process SIGKILL just before the PD_KILL_AT-th one, as a crash or a power cut at that write
 * would. With PD_KILL_AT unset it only counts, and prints "pd-kill-writes=N" on stderr at exit.
 * (strace's syscall injection does the same where ptrace allows it; this works without ptrace.)
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long kill_at = -1;
static const char *dir;
static size_t dir_len;
static atomic_long count;

__attribute__((constructor)) static void init(void) {
  const char *at = getenv("PD_KILL_AT");
  dir = getenv("PD_KILL_DIR");
  if (at) kill_at = atol(at);
  if (dir) dir_len = strlen(dir);
}

__attribute__((destructor)) static void report(void) {
  if (dir) fprintf(stderr, "pd-kill-writes=%ld\n", (long)atomic_load(&count));
}

static int path_in_dir(const char *path) {
  return dir && path && strncmp(path, dir, dir_len) == 0;
}

static int fd_in_dir(int fd) {
  char link[64], target[4096];
  if (!dir || fd < 3) return 0;
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, target, sizeof target - 1);
  if (n < 0) return 0;
  target[n] = 0;
  return path_in_dir(target);
}

static void write_point(void) {
  long n = atomic_fetch_add(&count, 1) + 1;
  if (kill_at > 0 && n == kill_at) kill(getpid(), SIGKILL);
}

#define REAL(name) \
  static __typeof__(&name) real_##name; \
  if (!real_##name) real_##name = (__typeof__(&name))dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t n) {
  REAL(write);
  if (fd_in_dir(fd)) write_point();
  return real_write(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off) {
  REAL(pwrite);
  if (fd_in_dir(fd)) write_point();
  return real_pwrite(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off) {
  REAL(pwrite64);
  if (fd_in_dir(fd)) write_point();
  return real_pwrite64(fd, buf, n, off);
}

int ftruncate(int fd, off_t len) {
  REAL(ftruncate);
  if (fd_in_dir(fd)) write_point();
  return real_ftruncate(fd, len);
}

int ftruncate64(int fd, off_t len) {
  REAL(ftruncate64);
  if (fd_in_dir(fd)) write_point();
  return real_ftruncate64(fd, len);
}

int rename(const char *from, const char *to) {
  REAL(rename);
  if (path_in_dir(to)) write_point();
  return real_rename(from, to);
}

int unlink(const char *path) {
  REAL(unlink);
  if (path_in_dir(path)) write_point();
  return real_unlink(path);
}
