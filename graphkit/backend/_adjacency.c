/* A NetworkX adjacency (dict of dicts) read in one C pass: the edges as vertex indices
 * and an edge attribute as floats, for graphkit's igraph conversion (convert.py).
 *
 * The pure-Python reader in convert.py gives the same answers and is used when this
 * module was not compiled (tests/backend/test_adjacency_reader.py compares the two).
 * Only dicts are read here (what NetworkX's Graph and DiGraph hold); for anything else
 * a function returns None and the Python reader takes over.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* Node -> vertex index by the node object's address: a lookup that reads neither the
 * node object (for its hash) nor the index dict's int (for its value), the two cache
 * misses that made half of a dict lookup's cost on a large graph. A neighbour stored as
 * another object equal to the node (NetworkX keeps whichever object add_edge was given)
 * is not found here and is looked up in the index dict itself. */
typedef struct {
    uintptr_t *keys; /* 0: empty slot */
    Py_ssize_t *values;
    size_t mask;
} AddressTable;

static size_t
address_slot(const AddressTable *table, uintptr_t key)
{
    return (size_t)(((uint64_t)(key >> 4) * 0x9E3779B97F4A7C15ULL) >> 17) & table->mask;
}

static int
address_table_fill(AddressTable *table, PyObject *index)
{
    size_t size = 16;
    while (size < 2 * (size_t)PyDict_GET_SIZE(index))
        size <<= 1;
    table->mask = size - 1;
    table->keys = PyMem_Calloc(size, sizeof(uintptr_t));
    table->values = PyMem_Malloc(size * sizeof(Py_ssize_t));
    if (table->keys == NULL || table->values == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t pos = 0;
    PyObject *node, *value;
    while (PyDict_Next(index, &pos, &node, &value)) {
        Py_ssize_t i = PyLong_AsSsize_t(value);
        if (i == -1 && PyErr_Occurred())
            return -1;
        uintptr_t key = (uintptr_t)node;
        size_t slot = address_slot(table, key);
        while (table->keys[slot] != 0 && table->keys[slot] != key)
            slot = (slot + 1) & table->mask;
        table->keys[slot] = key;
        table->values[slot] = i;
    }
    return 0;
}

static void
address_table_free(AddressTable *table)
{
    PyMem_Free(table->keys);
    PyMem_Free(table->values);
}

/* The vertex index of `node`, -1 with an exception set when it is not a node. */
static Py_ssize_t
vertex_of(const AddressTable *table, PyObject *index, PyObject *node)
{
    uintptr_t key = (uintptr_t)node;
    size_t slot = address_slot(table, key);
    while (table->keys[slot] != 0) {
        if (table->keys[slot] == key)
            return table->values[slot];
        slot = (slot + 1) & table->mask;
    }
    PyObject *found = PyDict_GetItemWithError(index, node); /* borrowed */
    if (found == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, node);
        return -1;
    }
    return PyLong_AsSsize_t(found);
}

static PyObject *
int_list(const Py_ssize_t *values, Py_ssize_t count)
{
    PyObject *list = PyList_New(count);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *number = PyLong_FromSsize_t(values[k]);
        if (number == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, k, number);
    }
    return list;
}

/* edges(adj, index, directed) -> (src, dst, keep, total)
 *
 * src, dst: lists of vertex indices (index[node]), one pair per edge in adjacency order;
 * an undirected edge is kept once, from its end with the smaller index (a self-loop
 * once). keep: bytes with one 0/1 per adjacency entry (None when directed: all are
 * kept). total: the number of adjacency entries, which attribute() checks again to
 * notice a graph changed since. None when an inner mapping is not a dict (the Python
 * reader's job).
 */
static PyObject *
edges(PyObject *self, PyObject *args)
{
    PyObject *adj, *index;
    int directed;
    if (!PyArg_ParseTuple(args, "O!O!p", &PyDict_Type, &adj, &PyDict_Type, &index,
                          &directed))
        return NULL;

    Py_ssize_t total = 0, pos = 0;
    PyObject *node, *nbrs;
    while (PyDict_Next(adj, &pos, &node, &nbrs)) {
        if (!PyDict_Check(nbrs))
            Py_RETURN_NONE; /* another mapping: the Python reader's job */
        total += PyDict_GET_SIZE(nbrs);
    }

    AddressTable table = {NULL, NULL, 0};
    Py_ssize_t *src = PyMem_Malloc((total + 1) * sizeof(Py_ssize_t));
    Py_ssize_t *dst = PyMem_Malloc((total + 1) * sizeof(Py_ssize_t));
    PyObject *keep = NULL, *src_list = NULL, *dst_list = NULL, *result = NULL;
    char *mask = NULL;
    if (src == NULL || dst == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (address_table_fill(&table, index) < 0)
        goto done;
    if (!directed) {
        keep = PyBytes_FromStringAndSize(NULL, total);
        if (keep == NULL)
            goto done;
        mask = PyBytes_AS_STRING(keep);
    }

    Py_ssize_t i = 0, entry = 0, kept = 0;
    pos = 0;
    while (PyDict_Next(adj, &pos, &node, &nbrs)) {
        Py_ssize_t inner = 0;
        PyObject *nbr, *data;
        while (PyDict_Next(nbrs, &inner, &nbr, &data)) {
            if (entry >= total) {
                PyErr_SetString(PyExc_RuntimeError, "the graph changed while it was read");
                goto done;
            }
            Py_ssize_t j = vertex_of(&table, index, nbr);
            if (j == -1 && PyErr_Occurred())
                goto done;
            if (directed || j >= i) {
                src[kept] = i;
                dst[kept++] = j;
                if (mask)
                    mask[entry] = 1;
            }
            else
                mask[entry] = 0;
            entry++;
        }
        i++;
    }
    if (entry != total) {
        PyErr_SetString(PyExc_RuntimeError, "the graph changed while it was read");
        goto done;
    }
    src_list = int_list(src, kept);
    dst_list = src_list ? int_list(dst, kept) : NULL;
    if (dst_list != NULL)
        result = Py_BuildValue("(OOOn)", src_list, dst_list, keep ? keep : Py_None, total);
done:
    address_table_free(&table);
    PyMem_Free(src);
    PyMem_Free(dst);
    Py_XDECREF(src_list);
    Py_XDECREF(dst_list);
    Py_XDECREF(keep);
    return result;
}

/* How far ahead the attribute read asks for memory: a dict's header AHEAD entries before
 * its lookup, its key table AHEAD/2 before, the value found AHEAD/4 before its read. Each
 * edge's dict and float lie somewhere else in memory; fetched in overlapping waves, a
 * million of them are read in about a third of the time of one by one. */
#define AHEAD 16
#define RING (AHEAD / 4)

/* attribute(adj, keep, name, default, count) -> list of `count` floats
 *
 * The attribute `name` of each kept adjacency entry's data dict, in the order edges()
 * gave (keep: its mask, or None for every entry), `default` where a dict lacks it.
 * Floats (numpy's float64 among them) and ints are read. None is returned for what the
 * Python reader must read: a value of another type (its float() could run Python code
 * while borrowed objects are held), or a mapping that is not a dict.
 */
static PyObject *
attribute(PyObject *self, PyObject *args)
{
    PyObject *adj, *keep, *name;
    double fallback;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "O!OOdn", &PyDict_Type, &adj, &keep, &name, &fallback,
                          &count))
        return NULL;
    const char *mask = NULL;
    Py_ssize_t masklen = 0;
    if (keep != Py_None) {
        if (!PyBytes_Check(keep)) {
            PyErr_SetString(PyExc_TypeError, "keep must be bytes or None");
            return NULL;
        }
        mask = PyBytes_AS_STRING(keep);
        masklen = PyBytes_GET_SIZE(keep);
    }
    if (count < 0) {
        PyErr_SetString(PyExc_ValueError, "count must not be negative");
        return NULL;
    }

    /* the kept entries' data dicts, in order */
    PyObject **data_of = PyMem_Malloc((count + 1) * sizeof(PyObject *));
    PyObject *out = NULL;
    if (data_of == NULL)
        return PyErr_NoMemory();
    Py_ssize_t pos = 0, entry = 0, k = 0;
    PyObject *node, *nbrs;
    while (PyDict_Next(adj, &pos, &node, &nbrs)) {
        if (!PyDict_Check(nbrs))
            goto other;
        Py_ssize_t inner = 0;
        PyObject *nbr, *data;
        while (PyDict_Next(nbrs, &inner, &nbr, &data)) {
            if (mask != NULL) {
                if (entry >= masklen)
                    goto changed;
                if (!mask[entry++])
                    continue;
            }
            if (k >= count)
                goto changed;
            if (!PyDict_Check(data))
                goto other;
            data_of[k++] = data;
        }
    }
    if (k != count || (mask != NULL && entry != masklen))
        goto changed;

    out = PyList_New(count);
    if (out == NULL)
        goto fail;
    PyObject *found[RING]; /* the value of entry k + RING - 1 ... k, borrowed */
    for (k = 0; k < count + RING; k++) {
        Py_ssize_t ahead = k + AHEAD;
        if (ahead < count)
            __builtin_prefetch(data_of[ahead]);
        ahead = k + AHEAD / 2;
        if (ahead < count)
            __builtin_prefetch(((PyDictObject *)data_of[ahead])->ma_keys);
        Py_ssize_t done = k - RING;
        if (done >= 0) { /* read before its ring slot is taken by entry k */
            double number = fallback;
            PyObject *value = found[done % RING];
            if (value != NULL) {
                if (PyFloat_Check(value))
                    number = PyFloat_AS_DOUBLE(value);
                else if (PyLong_Check(value)) {
                    number = PyLong_AsDouble(value);
                    if (number == -1.0 && PyErr_Occurred())
                        goto fail;
                }
                else /* float() of it could run Python code: the Python reader's job */
                    goto other;
            }
            PyObject *item = PyFloat_FromDouble(number);
            if (item == NULL)
                goto fail;
            PyList_SET_ITEM(out, done, item);
        }
        if (k < count) {
            PyObject *value = PyDict_GetItemWithError(data_of[k], name);
            if (value == NULL && PyErr_Occurred())
                goto fail;
            if (value != NULL)
                __builtin_prefetch(value);
            found[k % RING] = value;
        }
    }
    PyMem_Free(data_of);
    return out;
changed:
    PyErr_SetString(PyExc_ValueError,
                    "the graph changed since it was converted, without NetworkX knowing: "
                    "call G.__networkx_cache__.clear() after such a change");
fail:
    PyMem_Free(data_of);
    Py_XDECREF(out);
    return NULL;
other:
    PyMem_Free(data_of);
    Py_XDECREF(out);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"edges", edges, METH_VARARGS,
     "edges(adj, index, directed) -> (src, dst, keep, total)"},
    {"attribute", attribute, METH_VARARGS,
     "attribute(adj, keep, name, default, count) -> list of floats"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "graphkit.backend._adjacency",
    "A NetworkX adjacency read in one C pass, for the igraph conversion.", -1, methods,
};

PyMODINIT_FUNC
PyInit__adjacency(void)
{
    return PyModule_Create(&module);
}
