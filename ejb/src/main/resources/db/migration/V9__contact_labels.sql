-- A contact may carry a label from the administrator's CONTACT_LABEL list (Casa, Ufficio, ...).
ALTER TABLE party_contact ADD COLUMN label varchar(80);
