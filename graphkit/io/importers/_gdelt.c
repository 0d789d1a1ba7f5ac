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
 *   add_file(state, path, file_index, progress=None) -> (rows, kept) or None
 *   finish(state) -> number of claims, sorted (subject, relation, object, period)
 *   batch(state, start, count) -> list of claim tuples (see claim_tuple)
 */
#include "_gdelt.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* add_file(state, path, index, progress=None): read and sum one file; progress, when
 * given, is called with the bytes read so far after each chunk (and may raise to stop). */
static PyObject *
add_file(PyObject *self, PyObject *args)
{
    PyObject *capsule, *path_obj, *progress = Py_None;
    int index;
    if (!PyArg_ParseTuple(args, "OO&i|O", &capsule, PyUnicode_FSConverter, &path_obj, &index,
                          &progress))
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
    long long done = 0;
    int status = 0, eof = 0;
    size_t have = 0;
    while (status == 0 && !eof) {
        Py_BEGIN_ALLOW_THREADS /* one chunk read and summed without the GIL */
        ssize_t got;
        do
            got = read(fd, buf + have, CHUNK - have);
        while (got < 0 && errno == EINTR);
        if (got < 0)
            status = -1;
        else {
            eof = got == 0;
            have += (size_t)got;
            done += got;
            size_t used = 0;
            status = gdelt_parse(s, buf, have, eof, 1ULL << index, &used, &rows, &kept);
            if (status == 0) {
                if (!eof && used == 0 && have == CHUNK)
                    status = -1; /* a line longer than the buffer: not an event row */
                memmove(buf, buf + used, have - used);
                have -= used;
            }
        }
        Py_END_ALLOW_THREADS
        if (status == 0 && progress != Py_None) {
            PyObject *said = PyObject_CallFunction(progress, "L", done);
            if (said == NULL)
                status = -3;
            Py_XDECREF(said);
        }
    }
    close(fd);
    free(buf);
    if (status == -3)
        return NULL; /* the progress callback raised */
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
