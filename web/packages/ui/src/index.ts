export { Button, type ButtonProps, LinkButton, type LinkButtonProps } from "./Button";
export { SelectField, type SelectFieldProps, TextAreaField, type TextAreaFieldProps } from "./Fields";
export { arrowNavigation, type Direction, nextFocus } from "./focus";
export { Notice, Spinner } from "./Notice";
export { blurhashDataUrl, Picture, type PictureImage, type PictureProps, srcsetOf } from "./Picture";
export { Rail, type RailProps } from "./Rail";
export { TextField, type TextFieldProps } from "./TextField";
export { CARD_SIZES, type CardTitle, TitleCard, type TitleCardProps } from "./TitleCard";
