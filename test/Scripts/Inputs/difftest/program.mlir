// The run.py comparator reads only this comment: the element types of the
// printed results, in print order.
// difftest-results: bf16 f8E5M2 f32 i16
