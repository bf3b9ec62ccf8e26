package com.quarterhour.rules;

import java.util.AbstractList;
import java.util.Arrays;

/** The hits of one scoring; most visits have none or one, so the array comes with the first hit. */
final class HitList extends AbstractList<Hit> {

  private Hit[] hits;
  private int size;

  @Override
  public boolean add(Hit hit) {
    if (hits == null) {
      hits = new Hit[2];
    } else if (size == hits.length) {
      hits = Arrays.copyOf(hits, size * 2);
    }
    hits[size++] = hit;
    return true;
  }

  @Override
  public Hit get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return hits[index];
  }

  @Override
  public int size() {
    return size;
  }
}
