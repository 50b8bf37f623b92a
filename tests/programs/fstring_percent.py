for v in [0.0, 0.5, 0.123456, 1.0, 3.5, -0.25, 1e-5, 12.345678, 0.005, 0.015, 0.025]:
    print(f"{v:%} {v:.0%} {v:.1%} {v:.2%} {v:>10.1%} {v:+.3%}")
print(f"{1:%} {2:.1%} {-3:.0%}")
done = 37
total = 120
print(f"progress: {done / total:.1%}")
print(f"progress: {done / total:6.2%}|")
