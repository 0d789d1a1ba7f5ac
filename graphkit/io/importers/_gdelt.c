/* GDELT 2.0 event files summed into claims in one C pass: graphkit's fastest engine.
 *
 * It takes only input in the strict forms GDELT writes (the forms the DuckDB engine checks,
 * gdelt_duckdb.py): 61 tab-separated columns, UTF-8, no carriage return or NUL, whole
 * numbers as canonical digits, SQLDATE a real YYYYMMDD day, QuadClass 1 to 4, root codes
 * 01 to 20, GoldsteinScale and AvgTone as plain decimals of at most 3 + 15 digits,
 * DATEADDED empty or 14 digits. On anything else add_file() returns None, and the caller
 * hands the whole import to the next engine (DuckDB, then Python, which names each bad
 * row). The claims are those of the Python engine (gdelt.py: _add), which tests compare.
 *
 * Interface (state is a capsule):
 *   new(codes, quads, roots, start, end, min_sources, width, ids_kept, urls_kept, quad_rank)
 *   add_file(state, path, file_index) -> (rows, kept) or None
 *   finish(state) -> number of claims, sorted (subject, relation, object, period)
 *   batch(state, start, count) -> list of claim tuples (see claim_tuple)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

static const wide SCALE_DIGITS[16] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
    10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL, 100000000000000LL,
    1000000000000000LL};

static void
state_free(PyObject *capsule)
{
    State *s = PyCapsule_GetPointer(capsule, "graphkit.gdelt");
    if (s == NULL)
        return;
    for (size_t i = 0; i < s->nblocks; i++)
        free(s->blocks[i]);
    free(s->blocks);
    for (int i = 0; i < CODES; i++)
        Py_XDECREF(s->code_names[i]);
    free(s->groups);
    free(s->slots);
    free(s->order);
    free(s);
}

static State *
get_state(PyObject *capsule)
{
    return PyCapsule_GetPointer(capsule, "graphkit.gdelt");
}

static int
code_index(const char *p, Py_ssize_t n)
{
    if (n != 3)
        return -1;
    for (int i = 0; i < 3; i++)
        if (p[i] < 'A' || p[i] > 'Z')
            return -1;
    return (p[0] - 'A') * 676 + (p[1] - 'A') * 26 + (p[2] - 'A');
}

static PyObject *
new_state(PyObject *self, PyObject *args)
{
    PyObject *codes, *roots, *rank;
    int quads, start, end, min_sources, width, ids_kept, urls_kept;
    if (!PyArg_ParseTuple(args, "OiOiiiiiiO", &codes, &quads, &roots, &start, &end, &min_sources,
                          &width, &ids_kept, &urls_kept, &rank))
        return NULL;
    if (ids_kept < 1 || ids_kept > MAX_IDS || urls_kept < 0 || (width != 4 && width != 6 && width != 8)) {
        PyErr_SetString(PyExc_ValueError, "ids_kept, urls_kept or width out of range");
        return NULL;
    }
    State *s = calloc(1, sizeof(State));
    if (s == NULL)
        return PyErr_NoMemory();
    PyObject *capsule = PyCapsule_New(s, "graphkit.gdelt", state_free);
    if (capsule == NULL) {
        free(s);
        return NULL;
    }
    s->quads = quads;
    s->start = start;
    s->end = end;
    s->min_sources = min_sources;
    s->width = width;
    s->ids_kept = ids_kept;
    s->urls_kept = urls_kept < MAX_URLS ? urls_kept : MAX_URLS;
    PyObject *seq = PySequence_Fast(codes, "codes must be a sequence");
    if (seq == NULL)
        goto fail;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
        Py_ssize_t n;
        const char *text = PyUnicode_AsUTF8AndSize(PySequence_Fast_GET_ITEM(seq, i), &n);
        int c = text ? code_index(text, n) : -1;
        if (c < 0) {
            Py_DECREF(seq);
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "a country code is not three capital letters");
            goto fail;
        }
        s->iso[c] = 1;
    }
    Py_DECREF(seq);
    for (int r = 1; r <= 20; r++)
        s->root_ok[r] = roots == Py_None;
    if (roots != Py_None) {
        s->root_filter = 1;
        seq = PySequence_Fast(roots, "roots must be a sequence or None");
        if (seq == NULL)
            goto fail;
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(seq); i++) {
            Py_ssize_t n;
            const char *t = PyUnicode_AsUTF8AndSize(PySequence_Fast_GET_ITEM(seq, i), &n);
            if (t == NULL) {
                Py_DECREF(seq);
                goto fail;
            }
            int r = n == 2 && t[0] >= '0' && t[0] <= '2' && t[1] >= '0' && t[1] <= '9'
                ? (t[0] - '0') * 10 + (t[1] - '0') : -1;
            if (r < 1 || r > 20) { /* a row's root text could equal it: Python's job */
                Py_DECREF(seq);
                PyErr_SetString(PyExc_ValueError, "a root code is not 01 to 20");
                goto fail;
            }
            s->root_ok[r] = 1;
        }
        Py_DECREF(seq);
    }
    seq = PySequence_Fast(rank, "quad_rank must be a sequence");
    if (seq == NULL || PySequence_Fast_GET_SIZE(seq) != 5) {
        Py_XDECREF(seq);
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "quad_rank needs 5 entries");
        goto fail;
    }
    for (int i = 0; i < 5; i++)
        s->quad_rank[i] = (int)PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, i));
    Py_DECREF(seq);
    if (PyErr_Occurred())
        goto fail;
    s->cap = 1024;
    s->groups = malloc(s->cap * sizeof(Group));
    s->mask = 2047;
    s->slots = calloc(s->mask + 1, sizeof(uint32_t));
    if (s->groups == NULL || s->slots == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    return capsule;
fail:
    Py_DECREF(capsule);
    return NULL;
}

/* A canonical whole number (what DuckDB's BIGINT cast writes back): -?(0|[1-9][0-9]*),
 * at most 18 digits. */
static int
whole(const char *p, const char *e, int64_t *out)
{
    int neg = 0;
    if (p < e && *p == '-') {
        neg = 1;
        p++;
    }
    Py_ssize_t n = e - p;
    if (n < 1 || n > 18 || (*p == '0' && n > 1) || (neg && n == 1 && *p == '0'))
        return 0;
    int64_t v = 0;
    for (; p < e; p++) {
        if (*p < '0' || *p > '9')
            return 0;
        v = v * 10 + (*p - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

/* -?[0-9]{1,3}(\.[0-9]{1,15})? as a whole number of 10^-15 */
static int
decimal(const char *p, const char *e, wide *out)
{
    int neg = 0;
    if (p < e && *p == '-') {
        neg = 1;
        p++;
    }
    int64_t whole_part = 0, frac = 0;
    int digits = 0, places = 0;
    for (; p < e && *p != '.'; p++, digits++) {
        if (*p < '0' || *p > '9')
            return 0;
        whole_part = whole_part * 10 + (*p - '0');
    }
    if (digits < 1 || digits > 3)
        return 0;
    if (p < e) {
        p++; /* the point */
        for (; p < e; p++, places++) {
            if (*p < '0' || *p > '9')
                return 0;
            frac = frac * 10 + (*p - '0');
        }
        if (places < 1 || places > 15)
            return 0;
    }
    wide v = (wide)whole_part * SCALE_DIGITS[15] + (wide)frac * SCALE_DIGITS[15 - places];
    *out = neg ? -v : v;
    return 1;
}

static int
real_day(const char *p, const char *e, int32_t *out)
{
    if (e - p != 8 || *p == '0')
        return 0;
    int v = 0;
    for (int i = 0; i < 8; i++) {
        if (p[i] < '0' || p[i] > '9')
            return 0;
        v = v * 10 + (p[i] - '0');
    }
    int y = v / 10000, m = v / 100 % 100, d = v % 100;
    static const int days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return 0;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[m] + (m == 2 && leap))
        return 0;
    *out = v;
    return 1;
}

static int
valid_utf8(const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        unsigned char c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        int n;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1F;
        }
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0F;
        }
        else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07;
        }
        else
            return 0;
        if (e - p <= n)
            return 0;
        for (int i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        p += n + 1;
    }
    return 1;
}

/* splitmix64's finaliser: every bit of the key moves every bit of the hash */
static uint64_t
mix(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/* The index of the key's group, made when new; -1 without memory. */
static Py_ssize_t
group_index(State *s, uint64_t key)
{
    size_t slot = (size_t)mix(key) & s->mask;
    while (s->slots[slot]) {
        size_t i = s->slots[slot] - 1;
        if (s->groups[i].key == key)
            return (Py_ssize_t)i;
        slot = (slot + 1) & s->mask;
    }
    if (s->ngroups == s->cap) {
        Group *more = realloc(s->groups, 2 * s->cap * sizeof(Group));
        if (more == NULL)
            return -1;
        s->groups = more;
        s->cap *= 2;
    }
    if (2 * (s->ngroups + 1) > s->mask + 1) { /* grow the slots, keep load under 1/2 */
        size_t size = 2 * (s->mask + 1);
        uint32_t *slots = calloc(size, sizeof(uint32_t));
        if (slots == NULL)
            return -1;
        for (size_t i = 0; i < s->ngroups; i++) {
            size_t at = (size_t)mix(s->groups[i].key) & (size - 1);
            while (slots[at])
                at = (at + 1) & (size - 1);
            slots[at] = (uint32_t)(i + 1);
        }
        free(s->slots);
        s->slots = slots;
        s->mask = size - 1;
        slot = (size_t)mix(key) & s->mask;
        while (s->slots[slot])
            slot = (slot + 1) & s->mask;
    }
    Group *g = &s->groups[s->ngroups];
    memset(g, 0, sizeof(Group));
    g->key = key;
    g->first = INT32_MAX;
    g->added = -1;
    s->slots[slot] = (uint32_t)(++s->ngroups);
    return (Py_ssize_t)(s->ngroups - 1);
}

/* Check one row; 1: kept (``r`` filled), 0: not kept, -1: outside the strict forms. */
static int
check_row(State *s, const char **f, const char *end, Row *r)
{
    int64_t id, sources, mentions, articles, added = -1;
    int32_t day;
    if (!whole(f[C_ID], f[C_ID + 1] - 1, &id) || !real_day(f[C_DAY], f[C_DAY + 1] - 1, &day))
        return -1;
    const char *q = f[C_QUAD];
    if (f[C_QUAD + 1] - 1 - q != 1 || *q < '1' || *q > '4')
        return -1;
    int quad = *q - '0';
    if (!whole(f[C_SRC], f[C_SRC + 1] - 1, &sources))
        return -1;
    int a1 = code_index(f[C_A1], f[C_A1 + 1] - 1 - f[C_A1]);
    int a2 = code_index(f[C_A2], f[C_A2 + 1] - 1 - f[C_A2]);
    if (a1 < 0 || a2 < 0 || a1 == a2 || !s->iso[a1] || !s->iso[a2])
        return 0;
    const char *rt = f[C_ROOT];
    Py_ssize_t rlen = f[C_ROOT + 1] - 1 - rt;
    int root = rlen == 2 && rt[0] >= '0' && rt[0] <= '2' && rt[1] >= '0' && rt[1] <= '9'
        ? (rt[0] - '0') * 10 + (rt[1] - '0') : -1;
    if (!(s->quads >> quad & 1) || (s->start && day < s->start) || (s->end && day > s->end) ||
        sources < s->min_sources)
        return 0;
    if (root < 1 || root > 20) /* not a root code: never in a filter, else not strict */
        return s->root_filter ? 0 : -1;
    if (!s->root_ok[root])
        return 0;
    if (!whole(f[C_MENT], f[C_MENT + 1] - 1, &mentions) ||
        !whole(f[C_ART], f[C_ART + 1] - 1, &articles) ||
        !decimal(f[C_GOLD], f[C_GOLD + 1] - 1, &r->gold) ||
        !decimal(f[C_TONE], f[C_TONE + 1] - 1, &r->tone))
        return -1;
    const char *a = f[C_ADDED];
    Py_ssize_t alen = f[C_ADDED + 1] - 1 - a;
    if (alen) {
        int64_t full;
        if (alen != 14 || *a == '-' || !whole(a, a + alen, &full))
            return -1;
        added = full / 1000000;
    }
    int32_t period = s->width == 8 ? day : s->width == 6 ? day / 100 : day / 10000;
    r->key = (1ULL << 63) | ((uint64_t)a1 << 45) | ((uint64_t)a2 << 30) | ((uint64_t)quad << 27) |
             (uint64_t)period;
    r->id = id;
    r->sources = sources;
    r->mentions = mentions;
    r->articles = articles;
    r->added = added;
    r->day = day;
    r->root = root;
    r->url = f[C_URL];
    r->ulen = end - f[C_URL];
    return 1;
}

/* A copy of the text, NUL-terminated, in the state's blocks (a URL replaced later keeps
 * its bytes until the end: few are, and a million small frees cost more); NULL: no memory. */
static char *
keep_text(State *s, const char *text, Py_ssize_t n)
{
    if ((size_t)n + 1 > s->left) {
        size_t size = (size_t)n + 1 > (1u << 20) ? (size_t)n + 1 : (1u << 20);
        char **blocks = realloc(s->blocks, (s->nblocks + 1) * sizeof(char *));
        if (blocks == NULL)
            return NULL;
        s->blocks = blocks;
        if ((s->blocks[s->nblocks] = malloc(size)) == NULL)
            return NULL;
        s->free_at = s->blocks[s->nblocks++];
        s->left = size;
    }
    char *copy = s->free_at;
    memcpy(copy, text, n);
    copy[n] = 0;
    s->free_at += n + 1;
    s->left -= n + 1;
    return copy;
}

/* Add one checked event to its group; -1: a sum overflowed, -2: no memory. */
static int
sum_row(State *s, Group *g, const Row *r, uint64_t file_bit)
{
    int ids_kept = s->ids_kept;
    if (__builtin_add_overflow(g->mentions, r->mentions, &g->mentions) ||
        __builtin_add_overflow(g->sources, r->sources, &g->sources) ||
        __builtin_add_overflow(g->articles, r->articles, &g->articles))
        return -1;
    int64_t id = r->id;
    g->events++;
    g->gold += r->gold;
    g->tone += r->tone;
    if (r->day < g->first)
        g->first = r->day;
    if (r->day > g->last)
        g->last = r->day;
    g->roots |= 1u << r->root;
    g->files |= file_bit;
    if (r->added > g->added)
        g->added = r->added;
    /* the smallest ids, ascending (duplicates kept, as the Python engine's heap keeps them) */
    if (g->nids < ids_kept || id < g->ids_max) {
        int k = g->nids < ids_kept ? g->nids++ : g->nids - 1;
        while (k > 0 && g->ids[k - 1] > id) {
            g->ids[k] = g->ids[k - 1];
            k--;
        }
        g->ids[k] = id;
        g->ids_max = g->ids[g->nids - 1];
    }
    /* the URLs of the 8 smallest ids that have one (a later row of the same id replaces it) */
    if (r->ulen > 0 && (g->nurls < MAX_URLS || id < g->urls_max)) {
        int k = 0;
        while (k < g->nurls && g->urls[k].id < id)
            k++;
        char *copy = keep_text(s, r->url, r->ulen);
        if (copy == NULL)
            return -2;
        if (k < g->nurls && g->urls[k].id == id)
            g->urls[k].url = copy;
        else {
            if (g->nurls == MAX_URLS)
                g->nurls--;
            memmove(&g->urls[k + 1], &g->urls[k], (g->nurls - k) * sizeof(Url));
            g->urls[k].id = id;
            g->urls[k].url = copy;
            g->nurls++;
        }
        g->urls_max = g->urls[g->nurls - 1].id;
    }
    return 0;
}

/* Sum a batch of checked events: their slots fetched at once, then their groups, then
 * summed. 0, or what sum_row returns. */
static int
flush(State *s, Row *rows, int n, uint64_t file_bit)
{
    for (int i = 0; i < n; i++)
        __builtin_prefetch(&s->slots[(size_t)mix(rows[i].key) & s->mask]);
    for (int i = 0; i < n; i++) {
        Py_ssize_t g = group_index(s, rows[i].key);
        if (g < 0)
            return -2;
        rows[i].group = (size_t)g;
        __builtin_prefetch(&s->groups[g]);
        __builtin_prefetch((const char *)&s->groups[g] + 64, 1);
    }
    for (int i = 0; i < n; i++) {
        int got = sum_row(s, &s->groups[rows[i].group], &rows[i], file_bit);
        if (got < 0)
            return got;
    }
    return 0;
}

/* Parse the complete lines of buf[0:len); *used gets the bytes consumed. 0 ok, -1 outside
 * the strict forms, -2 no memory. */
static int
parse(State *s, const char *buf, size_t len, int last, uint64_t file_bit, size_t *used,
      int64_t *rows, int64_t *kept)
{
    const char *p = buf, *e = buf + len;
    const char *f[COLUMNS + 1];
    Row batch[BATCH];
    int pending = 0;
    while (p < e) {
        const char *nl = memchr(p, '\n', e - p);
        if (nl == NULL) {
            if (!last)
                break;
            nl = e;
        }
        if (nl == p) { /* an empty line: no row (csv.reader gives []) */
            p = nl + 1;
            continue;
        }
        int n = 0, high = 0;
        f[n++] = p;
        for (const char *c = p; c < nl; c++) {
            unsigned char b = (unsigned char)*c;
            if ((unsigned char)(b - 0x20) < 0x60)
                continue;
            if (b == '\t') {
                if (n == COLUMNS)
                    return -1;
                f[n++] = c + 1;
            }
            else if (b == '\r' || b == 0)
                return -1;
            else if (b >= 0x80)
                high = 1;
        }
        if (n != COLUMNS || (high && !valid_utf8((const unsigned char *)p, (const unsigned char *)nl)))
            return -1;
        f[COLUMNS] = nl + 1; /* so that f[i + 1] - 1 ends field i */
        (*rows)++;
        int got = check_row(s, f, nl, &batch[pending]);
        if (got < 0)
            return got;
        *kept += got;
        pending += got;
        if (pending == BATCH) {
            int summed = flush(s, batch, pending, file_bit);
            if (summed < 0)
                return summed;
            pending = 0;
        }
        p = nl + 1;
    }
    if (pending) { /* before the buffer moves: the rows point into it */
        int summed = flush(s, batch, pending, file_bit);
        if (summed < 0)
            return summed;
    }
    *used = p > e ? len : (size_t)(p - buf);
    return 0;
}

static PyObject *
add_file(PyObject *self, PyObject *args)
{
    PyObject *capsule, *path_obj;
    int index;
    if (!PyArg_ParseTuple(args, "OO&i", &capsule, PyUnicode_FSConverter, &path_obj, &index))
        return NULL;
    State *s = get_state(capsule);
    if (s == NULL || index < 0 || index >= MAX_FILES || s->sorted) {
        Py_DECREF(path_obj);
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "bad state or file index");
        return NULL;
    }
    char *buf = malloc(CHUNK);
    int fd = open(PyBytes_AS_STRING(path_obj), O_RDONLY);
    Py_DECREF(path_obj);
    if (buf == NULL || fd < 0) {
        free(buf);
        if (fd >= 0)
            close(fd);
        Py_RETURN_NONE; /* the Python engine says why */
    }
    int64_t rows = 0, kept = 0;
    int status = 0, eof = 0;
    size_t have = 0;
    Py_BEGIN_ALLOW_THREADS
    while (status == 0 && !eof) {
        ssize_t got = read(fd, buf + have, CHUNK - have);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            status = -1;
            break;
        }
        eof = got == 0;
        have += (size_t)got;
        size_t used = 0;
        status = parse(s, buf, have, eof, 1ULL << index, &used, &rows, &kept);
        if (status == 0) {
            if (!eof && used == 0 && have == CHUNK)
                status = -1; /* a line longer than the buffer: not an event row */
            memmove(buf, buf + used, have - used);
            have -= used;
        }
    }
    Py_END_ALLOW_THREADS
    close(fd);
    free(buf);
    if (status == -2)
        return PyErr_NoMemory();
    if (status < 0)
        Py_RETURN_NONE;
    return Py_BuildValue("(LL)", (long long)rows, (long long)kept);
}

typedef struct {
    uint64_t sort_key;
    size_t group;
} Order;

static int
compare(const void *x, const void *y)
{
    uint64_t a = ((const Order *)x)->sort_key, b = ((const Order *)y)->sort_key;
    return a < b ? -1 : a > b;
}

/* Sort the claims by subject, relation (by name: quad_rank), object and first day: one
 * integer per claim (15 + 3 + 15 + 27 bits), sorted with the group's index beside it. */
static PyObject *
finish(PyObject *self, PyObject *capsule)
{
    State *s = get_state(capsule);
    if (s == NULL)
        return NULL;
    if (!s->sorted) {
        Order *order = malloc((s->ngroups + 1) * sizeof(Order));
        if (order == NULL)
            return PyErr_NoMemory();
        for (size_t i = 0; i < s->ngroups; i++) {
            uint64_t key = s->groups[i].key;
            order[i].sort_key = (key >> 45 & 0x7FFF) << 45 |
                                (uint64_t)s->quad_rank[key >> 27 & 7] << 42 |
                                (key >> 30 & 0x7FFF) << 27 | (uint64_t)s->groups[i].first;
            order[i].group = i;
        }
        qsort(order, s->ngroups, sizeof(Order), compare);
        s->order = order;
        free(s->slots);
        s->slots = NULL;
        s->sorted = 1;
    }
    return PyLong_FromSize_t(s->ngroups);
}

static PyObject *
code_name(State *s, int c)
{
    if (s->code_names[c] == NULL) {
        char text[3] = {(char)('A' + c / 676), (char)('A' + c / 26 % 26), (char)('A' + c % 26)};
        s->code_names[c] = PyUnicode_FromStringAndSize(text, 3);
    }
    Py_XINCREF(s->code_names[c]);
    return s->code_names[c];
}

static PyObject *
iso_day(int32_t v, int width)
{
    char text[16];
    if (width == 4)
        snprintf(text, sizeof text, "%04d", (int)v);
    else if (width == 6)
        snprintf(text, sizeof text, "%04d-%02d", (int)(v / 100), (int)(v % 100));
    else
        snprintf(text, sizeof text, "%04d-%02d-%02d", (int)(v / 10000), (int)(v / 100 % 100),
                 (int)(v % 100));
    return PyUnicode_FromString(text);
}

static PyObject *
decimal_text(wide v)
{
    char digits[48], out[56];
    int neg = v < 0, n = 0, k = 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    do {
        digits[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    while (n < 16)
        digits[n++] = '0';
    if (neg)
        out[k++] = '-';
    for (int i = n - 1; i >= 0; i--) {
        out[k++] = digits[i];
        if (i == 15)
            out[k++] = '.';
    }
    out[k] = 0;
    return PyUnicode_FromString(out);
}

/* (subject, object, quad, period, first, last, events, mentions, sources, articles,
 *  goldstein, tone, roots mask, added or "", files mask, ids, [(id, url)...]) */
static PyObject *
claim_tuple(State *s, const Group *g)
{
    PyObject *ids = PyList_New(g->nids), *urls = PyList_New(0);
    if (ids == NULL || urls == NULL)
        goto fail;
    for (int k = 0; k < g->nids; k++) {
        PyObject *v = PyLong_FromLongLong(g->ids[k]);
        if (v == NULL)
            goto fail;
        PyList_SET_ITEM(ids, k, v);
    }
    for (int k = 0; k < g->nurls && k < s->urls_kept; k++) {
        PyObject *pair = Py_BuildValue("(Ls)", (long long)g->urls[k].id, g->urls[k].url);
        if (pair == NULL || PyList_Append(urls, pair) < 0) {
            Py_XDECREF(pair);
            goto fail;
        }
        Py_DECREF(pair);
    }
    char added[24] = "";
    if (g->added >= 0)
        snprintf(added, sizeof added, "%08lld", (long long)g->added);
    return Py_BuildValue(
        "(NNiNNNLLLLNNkNKNN)", code_name(s, (int)(g->key >> 45 & 0x7FFF)),
        code_name(s, (int)(g->key >> 30 & 0x7FFF)), (int)(g->key >> 27 & 7),
        iso_day((int32_t)(g->key & 0x7FFFFFF), s->width), iso_day(g->first, 8),
        iso_day(g->last, 8), (long long)g->events, (long long)g->mentions,
        (long long)g->sources, (long long)g->articles, decimal_text(g->gold),
        decimal_text(g->tone), (unsigned long)g->roots, PyUnicode_FromString(added),
        (unsigned long long)g->files, ids, urls);
fail:
    Py_XDECREF(ids);
    Py_XDECREF(urls);
    return NULL;
}

static PyObject *
batch(PyObject *self, PyObject *args)
{
    PyObject *capsule;
    Py_ssize_t start, count;
    if (!PyArg_ParseTuple(args, "Onn", &capsule, &start, &count))
        return NULL;
    State *s = get_state(capsule);
    if (s == NULL || !s->sorted || start < 0 || count < 0) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_ValueError, "call finish() first; start and count >= 0");
        return NULL;
    }
    Py_ssize_t stop = start + count < (Py_ssize_t)s->ngroups ? start + count : (Py_ssize_t)s->ngroups;
    PyObject *out = PyList_New(0);
    for (Py_ssize_t i = start; out != NULL && i < stop; i++) {
        PyObject *t = claim_tuple(s, &s->groups[((Order *)s->order)[i].group]);
        if (t == NULL || PyList_Append(out, t) < 0) {
            Py_XDECREF(t);
            Py_CLEAR(out);
            break;
        }
        Py_DECREF(t);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"new", new_state, METH_VARARGS, "new(codes, quads, roots, start, end, min_sources, width, "
                                     "ids_kept, urls_kept, quad_rank) -> state"},
    {"add_file", add_file, METH_VARARGS, "add_file(state, path, index) -> (rows, kept) or None"},
    {"finish", finish, METH_O, "finish(state) -> number of claims (sorted)"},
    {"batch", batch, METH_VARARGS, "batch(state, start, count) -> list of claim tuples"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "graphkit.io.importers._gdelt",
    "GDELT 2.0 event files summed into claims in one C pass.", -1, methods,
};

PyMODINIT_FUNC
PyInit__gdelt(void)
{
    return PyModule_Create(&module);
}
