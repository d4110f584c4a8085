import sys
line = "y" * 65536
while True:
    sys.stderr.write(line)
