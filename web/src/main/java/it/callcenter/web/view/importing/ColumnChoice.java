package it.callcenter.web.view.importing;

import java.io.Serializable;

/** One column of the uploaded file in the mapping editor: its header and the field chosen for it ("" to ignore). */
public class ColumnChoice implements Serializable {

    private final int index;
    private final String header;
    private String field;

    ColumnChoice(int index, String header, String field) {
        this.index = index;
        this.header = header;
        this.field = field == null ? "" : field;
    }

    public int getIndex() {
        return index;
    }

    public String getHeader() {
        return header;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field == null ? "" : field;
    }
}
