-- false once HR reported that the researcher left their institution
ALTER TABLE researcher ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
