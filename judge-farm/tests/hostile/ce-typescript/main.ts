const x: number = (;
