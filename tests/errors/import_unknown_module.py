import sensors_hal
# error: 1:8: no module named 'sensors_hal' (krait searched the main file's directory; add a directory with -I)
