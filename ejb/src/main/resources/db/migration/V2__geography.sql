-- The Italian comuni (ISTAT list), loaded by the Java migration V3__Load_comuni and only read afterwards.
-- name_search is the name as SearchText.normalize writes it (lower case, no accents, words separated by one
-- space): the autocomplete is a prefix LIKE on it, hence text_pattern_ops. The postal codes are kept twice:
-- as an array for the GIN index behind the search by CAP, and as space-separated text for the entity,
-- because EclipseLink does not map PostgreSQL arrays.
CREATE TABLE comune (
    istat_code        char(6)      PRIMARY KEY,
    name              varchar(80)  NOT NULL,
    name_search       text         NOT NULL,
    province_code     char(3)      NOT NULL,
    province_name     varchar(60)  NOT NULL,
    province_abbr     char(2)      NOT NULL,
    region_code       char(2)      NOT NULL,
    region_name       varchar(60)  NOT NULL,
    zone_name         varchar(20)  NOT NULL,
    cadastral_code    char(4)      NOT NULL,
    postal_codes      varchar(5)[] NOT NULL,
    postal_codes_text text         NOT NULL,
    population        integer      NOT NULL
);

CREATE INDEX comune_name_search_idx ON comune (name_search text_pattern_ops);
CREATE INDEX comune_cadastral_code_idx ON comune (cadastral_code);
CREATE INDEX comune_province_abbr_idx ON comune (province_abbr);
CREATE INDEX comune_region_name_idx ON comune (region_name);
CREATE INDEX comune_postal_codes_idx ON comune USING gin (postal_codes);
