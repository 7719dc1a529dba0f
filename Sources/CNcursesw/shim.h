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
#endif
