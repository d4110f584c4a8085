-- A package's program may be a folder of several files (the ICPC format's validators,
-- interactors and folder submissions): its main source stays under "code" and the folder's
-- other files are kept by name under "files", which a single-file program leaves out. Rows
-- stored before are single-file programs and read as they are, so nothing is rewritten here;
-- the columns' comments say the shape.
comment on column problems.checker_program is
    'A custom checker''s program: {"language", "code", "files"?} (files: a folder''s others by name).';
comment on column problems.interactor is
    'An interactive problem''s interactor: {"language", "code", "files"?} (as checker_program).';
comment on column problems.solution_code is
    'The reference solution ({"language", "code", "files"?}) that answers custom Run inputs.';
