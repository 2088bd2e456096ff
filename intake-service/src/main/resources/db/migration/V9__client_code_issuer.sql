-- A client code is a pseudonym within the organisation that agreed it with the client: "K-7" at CSG and "K-7" that a
-- client brought from Fier are two people. Null means the registering organisation itself, which is every contact
-- stored before this column, and every code the registering organisation issued.
alter table contact add column client_code_issuer varchar(16);
