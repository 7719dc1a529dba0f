/* The feature macros must live here: SwiftPM drops pkg-config defines, and Swift 6
   refuses C globals (stdscr, LINES, ...) as shared mutable state, so we wrap them. */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1          /* makes curses.h set NCURSES_WIDECHAR 1 */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <ncursesw/curses.h>
extern int wcwidth(wchar_t c);            /* hidden by glibc without _XOPEN_SOURCE */
static inline int     nc_wcwidth(unsigned c)   { return wcwidth((wchar_t)c); }
static inline WINDOW *nc_stdscr(void)          { return stdscr; }
static inline int     nc_lines(void)           { return LINES; }
static inline int     nc_cols(void)            { return COLS; }
static inline int     nc_colors(void)          { return COLORS; }
static inline int     nc_color_pairs(void)     { return COLOR_PAIRS; }
static inline attr_t  nc_a_normal(void)        { return A_NORMAL; }
static inline attr_t  nc_a_bold(void)          { return A_BOLD; }
static inline attr_t  nc_a_reverse(void)       { return A_REVERSE; }
static inline attr_t  nc_a_underline(void)     { return A_UNDERLINE; }
static inline attr_t  nc_a_dim(void)           { return A_DIM; }
static inline attr_t  nc_a_italic(void)        { return A_ITALIC; }
static inline mmask_t nc_mouse_mask(void)      { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline mmask_t nc_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t nc_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t nc_button4_pressed(void) { return BUTTON4_PRESSED; }   /* wheel up */
static inline mmask_t nc_button5_pressed(void) { return BUTTON5_PRESSED; }   /* wheel down */
/* one grapheme = base scalar + up to CCHARW_MAX-1 combining scalars */
static inline int nc_put_cell(WINDOW *w, int y, int x, const unsigned *sc, int n, attr_t a, int pair) {
  cchar_t cc; wchar_t ws[CCHARW_MAX + 1]; int i;
  if (n > CCHARW_MAX - 1) n = CCHARW_MAX - 1;
  for (i = 0; i < n; i++) ws[i] = (wchar_t)sc[i];
  ws[n] = L'\0';
  if (setcchar(&cc, ws, a, 0, &pair) == ERR) return ERR;
  return mvwadd_wch(w, y, x, &cc);
}
/* Reads back up to n wide characters of row y (for the headless smoke test). */
static inline int nc_read_row(WINDOW *w, int y, wchar_t *out, int n) { return mvwinnwstr(w, y, 0, out, n); }
static inline FILE *nc_fopen(const char *p, const char *m) { return fopen(p, m); }
static inline FILE *nc_fdopen(int fd, const char *m) { return fdopen(fd, m); }

/* newterm on the process's own stdout/stdin: initscr() would exit() on an unknown TERM,
   newterm returns NULL so the app can print a helpful message instead. */
static inline SCREEN *nc_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

/* Terminal restore on signals and exit. Kept in C so the handler does no Swift work
   (no allocation, no retain/release). htop does the same: endwin, then die as before.
   State sits in function-local statics: Swift emits these static functions into the object
   file of each Swift source that calls them, so only TerminalRestore.swift may call them. */
static inline volatile sig_atomic_t *nc_restore_armed_flag(void) { static volatile sig_atomic_t armed = 0; return &armed; }
static inline struct sigaction *nc_previous_actions(void) { static struct sigaction previous[NSIG]; return previous; }

static inline void nc_restore_handler(int sig, siginfo_t *info, void *context) {
  (void)context;
  if (*nc_restore_armed_flag()) { *nc_restore_armed_flag() = 0; endwin(); }
  /* Hand the signal to whoever had it before (SIG_DFL, or Swift's crash backtracer). */
  sigaction(sig, &nc_previous_actions()[sig], NULL);
  /* A real fault re-executes the faulting instruction on return and reaches the previous
     handler with its true context; a sent signal (kill, raise, abort) must be raised again. */
  if (info == NULL || info->si_code <= 0 || sig == SIGTERM || sig == SIGHUP || sig == SIGINT || sig == SIGQUIT)
    raise(sig);
}

static inline void nc_restore_at_exit(void) {
  if (*nc_restore_armed_flag()) { *nc_restore_armed_flag() = 0; endwin(); }
}

/* Installs the handlers once per process; later calls only re-arm. */
static inline void nc_install_restore_handlers(void) {
  static const int signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL };
  static int installed = 0;
  unsigned i;
  if (installed) return;
  installed = 1;
  atexit(nc_restore_at_exit);
  for (i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction sa;
    int sig = signals[i];
    if (sigaction(sig, NULL, &nc_previous_actions()[sig]) != 0) continue;
    if (nc_previous_actions()[sig].sa_handler == SIG_IGN) continue;   /* e.g. SIGHUP under nohup: keep ignoring */
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = nc_restore_handler;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
  }
}
static inline void nc_set_restore_armed(int armed) { *nc_restore_armed_flag() = armed ? 1 : 0; }

/* SIGHUP (the SSH connection dropped) and SIGTERM (a shutdown) while the app runs: the handler only
   notes the signal, so the run loop can keep unsaved typing and end as a quit does. A second one
   before that falls back to the restore handler: endwin, then die as before. */
static inline volatile sig_atomic_t *nc_termination_flag(void) { static volatile sig_atomic_t sig = 0; return &sig; }
static inline void nc_note_termination(int sig) {
  if (*nc_termination_flag() != 0) { nc_restore_handler(sig, NULL, NULL); return; }
  *nc_termination_flag() = sig;
}
static inline void nc_defer_termination(void) {
  static const int signals[] = { SIGHUP, SIGTERM };
  unsigned i;
  for (i = 0; i < sizeof signals / sizeof signals[0]; i++) {
    struct sigaction current, sa;
    if (sigaction(signals[i], NULL, &current) != 0 || current.sa_handler == SIG_IGN) continue;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = nc_note_termination;   /* no SA_RESTART: a waiting read returns at once */
    sigemptyset(&sa.sa_mask);
    sigaction(signals[i], &sa, NULL);
  }
}
static inline int nc_pending_termination(void) { return *nc_termination_flag(); }
#endif
