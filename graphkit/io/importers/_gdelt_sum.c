/* GDELT 2.0 event rows checked in their strict forms and summed into their claims' groups
 * (for _gdelt.c, which reads the files and hands the claims to Python). */
#include "_gdelt.h"

#include <string.h>

static const wide SCALE_DIGITS[16] = {
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
    10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL, 100000000000000LL,
    1000000000000000LL};

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
int
gdelt_parse(State *s, const char *buf, size_t len, int last, uint64_t file_bit, size_t *used,
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
