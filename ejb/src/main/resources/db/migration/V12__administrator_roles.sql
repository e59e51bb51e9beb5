-- The role of an administrator in the company (from the administrator's COMPANY_ROLE list).
ALTER TABLE company_administrator ADD COLUMN role varchar(80);
