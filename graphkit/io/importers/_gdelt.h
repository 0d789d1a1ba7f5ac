/* Shared by _gdelt.c (the module: its state, files in, claims out) and _gdelt_sum.c
 * (rows checked and summed): the state and the layout of a claim. */
#ifndef GRAPHKIT_GDELT_H
#define GRAPHKIT_GDELT_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define COLUMNS 61
#define MAX_IDS 16
#define MAX_URLS 8 /* the Python engine keeps the 8 smallest ids with a URL */
#define MAX_FILES 64
#define CODES (26 * 26 * 26)
#define CHUNK (8 << 20)

enum { C_ID = 0, C_DAY = 1, C_A1 = 7, C_A2 = 17, C_ROOT = 28, C_QUAD = 29, C_GOLD = 30,
       C_MENT = 31, C_SRC = 32, C_ART = 33, C_TONE = 34, C_ADDED = 59, C_URL = 60 };

typedef __int128 wide;

typedef struct {
    int64_t id;
    char *url;
} Url;

typedef struct {
    /* touched by every event: the first two cache lines */
    uint64_t key;
    int64_t events, mentions, sources, articles, added;
    wide gold, tone; /* scaled by 10^15 */
    int32_t first, last;
    uint32_t roots;
    int nids, nurls;
    uint64_t files;
    int64_t ids_max, urls_max; /* the largest id kept in ids, in urls */
    /* touched while an event has an id small enough */
    int64_t ids[MAX_IDS];
    Url urls[MAX_URLS];
} Group;

/* One kept event, checked, waiting for its group (rows are summed in batches, so that the
 * memory of a batch's groups is fetched at once instead of one miss after another). */
typedef struct {
    uint64_t key;
    int64_t id, sources, mentions, articles, added;
    wide gold, tone;
    int32_t day;
    int root;
    const char *url;
    Py_ssize_t ulen;
    size_t group;
} Row;

#define BATCH 32

typedef struct {
    uint8_t iso[CODES];
    uint8_t root_ok[21];
    int root_filter;
    int quads, min_sources, width, ids_kept, urls_kept;
    int32_t start, end;
    int quad_rank[5];
    Group *groups;
    size_t ngroups, cap;
    uint32_t *slots; /* index + 1 into groups; 0: empty */
    size_t mask;
    int sorted;
    void *order; /* Order[ngroups] once sorted */
    char **blocks; /* the URLs' text, in blocks freed together */
    size_t nblocks;
    char *free_at;
    size_t left;
    PyObject *code_names[CODES];
} State;

/* Parse the complete lines of buf[0:len) (all of it when last) and sum their kept events;
 * *used gets the bytes consumed. 0 ok, -1 outside the strict forms, -2 no memory. Needs
 * no GIL. */
int gdelt_parse(State *s, const char *buf, size_t len, int last, uint64_t file_bit,
                size_t *used, int64_t *rows, int64_t *kept);

/* The alpha-3 code's index (0 to 26^3 - 1), or -1 when it is not three capital letters. */
static inline int
code_index(const char *p, Py_ssize_t n)
{
    if (n != 3)
        return -1;
    for (int i = 0; i < 3; i++)
        if (p[i] < 'A' || p[i] > 'Z')
            return -1;
    return (p[0] - 'A') * 676 + (p[1] - 'A') * 26 + (p[2] - 'A');
}

#endif
