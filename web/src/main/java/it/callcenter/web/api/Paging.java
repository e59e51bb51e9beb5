package it.callcenter.web.api;

import it.callcenter.BusinessException;

/**
 * A page asked of a list endpoint, bounded: a page size from 1 to {@link #MAX_SIZE}, and at most
 * {@link #MAX_OFFSET} rows skipped (a page of ten million is never a user's and overflowed the offset). Out of
 * range is a 422 naming the parameter, not a guess.
 */
record Paging(int offset, int size) {

    static final int MAX_SIZE = 500;
    static final int MAX_OFFSET = 10_000_000;

    static Paging page(int page, int size) {
        checkSize("size", size);
        if (page < 0 || (long) page * size > MAX_OFFSET) {
            throw new BusinessException("page", "PAGE_OUT_OF_RANGE", MAX_OFFSET);
        }
        return new Paging(page * size, size);
    }

    static Paging range(int first, int max) {
        checkSize("max", max);
        if (first < 0 || first > MAX_OFFSET) {
            throw new BusinessException("first", "PAGE_OUT_OF_RANGE", MAX_OFFSET);
        }
        return new Paging(first, max);
    }

    int page() {
        return offset / size;
    }

    private static void checkSize(String name, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessException(name, "SIZE_OUT_OF_RANGE", MAX_SIZE);
        }
    }
}
