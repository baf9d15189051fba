import { maskName, maskPhone, maskResidentId } from './masking';

describe('masking', () => {
  it('keeps the first and last four characters of an ID number', () => {
    expect(maskResidentId('431202198001011234')).toBe('4312**********1234');
    expect(maskResidentId('11010519491231002x')).toBe('1101**********002X');
  });

  it('keeps only the family name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('张三')).toBe('张*');
    expect(maskName(' 欧阳娜娜 ')).toBe('欧***');
    expect(maskName('张')).toBe('*');
  });

  it('counts a character outside the BMP as one', () => {
    expect(maskName('𠀾三')).toBe('𠀾*');
  });

  it('keeps the first three and last four digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0745-1234567')).toBe('074*****4567');
  });

  it('masks short values entirely rather than reveal them', () => {
    expect(maskPhone('12345')).toBe('*****');
    expect(maskResidentId('1234')).toBe('****');
  });
});
