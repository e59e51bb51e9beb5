package it.callcenter.web.api;

import java.util.List;

/** The error body of every API answer that is not a success. */
public record ApiError(List<Item> errors) {

    public record Item(String field, String code, String message) {
    }

    public static ApiError of(String field, String code, String message) {
        return new ApiError(List.of(new Item(field, code, message)));
    }
}
