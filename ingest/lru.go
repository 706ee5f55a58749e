package ingest

import "container/list"

// lru holds values by key up to a total size, evicting the least recently used
// first: a bounded cache keeps serving the records read most recently, where one
// that stops adding when full serves none of those read after it filled. It is not
// safe for concurrent use.
type lru[K comparable, V any] struct {
	max, held int
	order     *list.List // of *lruEntry, most recently used first
	byKey     map[K]*list.Element
}

type lruEntry[K comparable, V any] struct {
	k    K
	v    V
	size int
}

func newLRU[K comparable, V any](max int) *lru[K, V] {
	return &lru[K, V]{max: max, order: list.New(), byKey: map[K]*list.Element{}}
}

// get returns the value of k and marks it used.
func (c *lru[K, V]) get(k K) (V, bool) {
	e, ok := c.byKey[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[K, V]).v, true
}

// put keeps v of the given size under k, evicting the least recently used values
// until the total fits; a value larger than the whole cache is not kept.
func (c *lru[K, V]) put(k K, v V, size int) {
	if e, ok := c.byKey[k]; ok {
		c.held -= e.Value.(*lruEntry[K, V]).size
		c.order.Remove(e)
		delete(c.byKey, k)
	}
	if size > c.max {
		return
	}
	for c.held+size > c.max {
		last := c.order.Back()
		old := last.Value.(*lruEntry[K, V])
		c.order.Remove(last)
		delete(c.byKey, old.k)
		c.held -= old.size
	}
	c.byKey[k] = c.order.PushFront(&lruEntry[K, V]{k: k, v: v, size: size})
	c.held += size
}

// find returns the first value, most recently used first, whose key ok accepts,
// and marks it used.
func (c *lru[K, V]) find(ok func(K) bool) (K, V, bool) {
	for e := c.order.Front(); e != nil; e = e.Next() {
		if x := e.Value.(*lruEntry[K, V]); ok(x.k) {
			c.order.MoveToFront(e)
			return x.k, x.v, true
		}
	}
	var k K
	var v V
	return k, v, false
}
