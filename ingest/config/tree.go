package config

import (
	"fmt"

	"github.com/pelletier/go-toml/v2/unstable"
)

// A value is one TOML value with the byte offset it was written at, so that
// a mistake found after parsing can still be reported at its line. Tables
// (headers, dotted keys and inline tables alike) have kind unstable.Table.
type value struct {
	kind unstable.Kind
	off  int    // where the value, or for arrays and tables the key, starts
	text string // strings: the decoded text; other scalars: as written

	elems []*value // arrays, including those made by [[header]] tables

	fields []*field // tables, in file order
	index  map[string]*field
}

// A field is a key of a table and its value.
type field struct {
	name string
	off  int // where the key starts
	val  *value
}

// lookup returns the field of table t named name, or nil.
func (t *value) lookup(name string) *field {
	return t.index[name]
}

// add appends a field to table t.
func (t *value) add(name string, off int, v *value) {
	f := &field{name: name, off: off, val: v}
	if t.index == nil {
		t.index = make(map[string]*field)
	}
	t.fields = append(t.fields, f)
	t.index[name] = f
}

// errConflict reports a key defined twice. go-toml's decoder rejects such
// documents before the tree is built, so the builder only returns it as a
// safeguard.
type errConflict struct {
	off int
	key string
}

func (e *errConflict) Error() string {
	return fmt.Sprintf("key %s defined twice", e.key)
}

// buildTree turns a TOML document that go-toml has already accepted into
// a tree of values with their offsets. A *unstable.ParserError or an
// *errConflict comes back for a document go-toml would have refused.
func buildTree(data []byte) (*value, error) {
	var p unstable.Parser
	p.Reset(data)
	root := &value{kind: unstable.Table}
	cur := root
	for p.NextExpression() {
		e := p.Expression()
		var err error
		switch e.Kind {
		case unstable.KeyValue:
			err = keyValue(cur, e)
		case unstable.Table:
			cur, err = header(root, e, false)
		case unstable.ArrayTable:
			cur, err = header(root, e, true)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := p.Error(); err != nil {
		return nil, err
	}
	return root, nil
}

// header opens the table named by a [table] or [[array table]] header,
// creating it and the tables on its path as needed, and returns it.
func header(root *value, e *unstable.Node, array bool) (*value, error) {
	t := root
	it := e.Key()
	for it.Next() {
		k := it.Node()
		name, off := string(k.Data), int(k.Raw.Offset)
		f := t.lookup(name)
		last := it.IsLast()
		switch {
		case f == nil && last && array:
			nt := &value{kind: unstable.Table, off: off}
			t.add(name, off, &value{kind: unstable.Array, off: off, elems: []*value{nt}})
			return nt, nil
		case f == nil:
			nt := &value{kind: unstable.Table, off: off}
			t.add(name, off, nt)
			t = nt
		case last && array:
			if f.val.kind != unstable.Array {
				return nil, &errConflict{off: off, key: name}
			}
			nt := &value{kind: unstable.Table, off: off}
			f.val.elems = append(f.val.elems, nt)
			return nt, nil
		case f.val.kind == unstable.Table:
			t = f.val
		case f.val.kind == unstable.Array && len(f.val.elems) > 0 && !last:
			t = f.val.elems[len(f.val.elems)-1]
			if t.kind != unstable.Table {
				return nil, &errConflict{off: off, key: name}
			}
		default:
			return nil, &errConflict{off: off, key: name}
		}
	}
	return t, nil
}

// keyValue adds the key = value expression kv to table t, creating the
// tables of a dotted key.
func keyValue(t *value, kv *unstable.Node) error {
	it := kv.Key()
	for it.Next() {
		k := it.Node()
		name, off := string(k.Data), int(k.Raw.Offset)
		f := t.lookup(name)
		if it.IsLast() {
			if f != nil {
				return &errConflict{off: off, key: name}
			}
			v, err := newValue(kv.Value(), off)
			if err != nil {
				return err
			}
			t.add(name, off, v)
			return nil
		}
		switch {
		case f == nil:
			nt := &value{kind: unstable.Table, off: off}
			t.add(name, off, nt)
			t = nt
		case f.val.kind == unstable.Table:
			t = f.val
		default:
			return &errConflict{off: off, key: name}
		}
	}
	return nil
}

// newValue converts the value node n; keyOff is where its key starts, the
// position of values that have none of their own (arrays).
func newValue(n *unstable.Node, keyOff int) (*value, error) {
	switch n.Kind {
	case unstable.Array:
		v := &value{kind: unstable.Array, off: keyOff}
		it := n.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind == unstable.Comment {
				continue
			}
			e, err := newValue(c, keyOff)
			if err != nil {
				return nil, err
			}
			v.elems = append(v.elems, e)
		}
		return v, nil
	case unstable.InlineTable:
		v := &value{kind: unstable.Table, off: int(n.Raw.Offset)}
		it := n.Children()
		for it.Next() {
			c := it.Node()
			if c.Kind != unstable.KeyValue {
				continue
			}
			if err := keyValue(v, c); err != nil {
				return nil, err
			}
		}
		return v, nil
	default:
		return &value{kind: n.Kind, off: int(n.Raw.Offset), text: string(n.Data)}, nil
	}
}
